import type { ExcelPaneActions } from "../../excel/taskpane-actions";
import type { SheetPlan } from "../../layout";
import type { Standard } from "../../model";

export type {
  ExcelPaneActions,
  FormulaInsertion,
  MatrixMove,
  SelectedNames,
} from "../../excel/taskpane-actions";

/** What inserting a sheet did: a new sheet in Excel, or a downloaded file in preview mode. */
export type SheetOutcome = { kind: "inserted"; sheet: string } | { kind: "downloaded"; fileName: string };

/** The pane outside Excel: sheets are downloaded as .xlsx, imports last for the session. */
export interface PreviewPaneActions {
  readonly mode: "preview";
  insertSheet(plan: SheetPlan): Promise<SheetOutcome>;
  /** Sheets that refer to each other, downloaded as one workbook. */
  insertSheets(plans: SheetPlan[]): Promise<SheetOutcome>;
  /** No workbook is open: no names are taken. */
  sheetNames(): Promise<string[]>;
  storeStandard(standard: Standard): Promise<void>;
  removeStandard(code: string): Promise<void>;
}

/**
 * Everything the components may do beyond showing data. They receive it as a prop, so tests
 * replace Office.js (or the download) at this one seam.
 */
export type TaskpaneActions = ExcelPaneActions | PreviewPaneActions;

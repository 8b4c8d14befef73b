import type { WorkbookSession } from "../../excel/workbook-session";
import type { SheetPlan } from "../../layout";
import type { PreviewPaneActions } from "./actions";
import { downloadXlsx, xlsxFileName } from "./download";

export interface PreviewDependencies {
  /** Writes plans to .xlsx bytes; by default the ExcelJS renderer, loaded on first use. */
  writeXlsx?: (plans: SheetPlan[]) => Promise<Uint8Array>;
  save?: (bytes: Uint8Array, fileName: string) => void;
  /** The day in the file's name; the clock by default. */
  today?: () => Date;
}

async function writeWithExcelJs(plans: SheetPlan[]): Promise<Uint8Array> {
  // ExcelJS is large and only needed here: it is fetched as its own chunk when first used.
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx");
  return (await writeWorkbook(plans)).bytes;
}

/** The actions of preview mode, where Office.js is absent or reports no host. */
export function previewPaneActions(
  session: WorkbookSession,
  { writeXlsx = writeWithExcelJs, save = downloadXlsx, today = () => new Date() }: PreviewDependencies = {},
): PreviewPaneActions {
  return {
    mode: "preview",
    async insertSheet(plan) {
      const bytes = await writeXlsx([plan]);
      const fileName = xlsxFileName(plan, today());
      save(bytes, fileName);
      return { kind: "downloaded", fileName };
    },
    async insertSheets(plans) {
      const bytes = await writeXlsx(plans);
      const fileName = xlsxFileName(plans[0] ?? { name: "" }, today());
      save(bytes, fileName);
      return { kind: "downloaded", fileName };
    },
    sheetNames: async () => [],
    async storeStandard(standard) {
      session.catalog.add(standard, "imported");
    },
    async removeStandard(code) {
      session.catalog.remove(code, "imported");
    },
  };
}

import type { WorkbookSession } from "./workbook-session";
import type { SheetPlan } from "../layout";
import type { UpgradeSummary } from "../layout/staffing-matrix";
import { notFound, ok, type Locale, type Result, type Standard } from "../model";
import type { PortableOutcome } from "./portable-workbook";
import { withoutSheet } from "./address";
import type { ExcelRun } from "./excel-run";
import { readSelectedNames, type SelectedNames } from "./selected-names";
import { readSheetValues } from "./sheet-values";
import type { ReadValue } from "../layout/staffing-matrix";
import { importIntoWorkbook, removeFromWorkbook, setDefaultStandard } from "./workbook-standards";

export type { SelectedNames } from "./selected-names";

/** A staffing matrix moved to another version: its sheet, the version it was on, what happened to its units. */
export interface MatrixMove {
  sheet: string;
  from: string;
  summary: UpgradeSummary;
  /** Its assessment's sheet and what happened to the indicators, when the assessment moved too. */
  assessment?: { sheet: string; indicators: UpgradeSummary };
}

export type FormulaInsertion =
  { ok: true; cell: string } | { ok: false; reason: "cellNotEmpty"; cell: string };

/**
 * What the task pane does to the open workbook. Every Office.js call of the pane goes through
 * here; the components receive this object as a prop and never touch Office themselves.
 */
export interface ExcelPaneActions {
  readonly mode: "excel";
  /** Adds the plan as a new sheet, all or nothing, and activates it. */
  insertSheet(plan: SheetPlan): Promise<{ kind: "inserted"; sheet: string }>;
  /** Adds plans that refer to each other, in one Excel.run; reports the first sheet. */
  insertSheets(plans: SheetPlan[]): Promise<{ kind: "inserted"; sheet: string }>;
  /** The workbook's sheet names, so sheets that refer to each other are named before insertion. */
  sheetNames(): Promise<string[]>;
  /** The computed values of `address` on `sheet` (e.g. a matrix's figures for the pane's charts). */
  readSheetValues(sheet: string, address: string): Promise<ReadValue[][]>;
  /** Makes a loaded standard the workbook's default (null clears it) and recalculates. */
  setDefaultStandard(code: string | null): Promise<Result<string | null>>;
  /** Writes the formula into the active cell, refusing one that already holds something. */
  insertFormula(formula: string): Promise<FormulaInsertion>;
  /** The text cells of the selected range, as the people of a staffing matrix. */
  readSelectedNames(): Promise<SelectedNames>;
  /** Stores an imported standard in the workbook (it travels with the file) and loads it. */
  storeStandard(standard: Standard): Promise<void>;
  /** Deletes a standard the workbook carries; a bundled copy takes its place again. */
  removeStandard(code: string): Promise<void>;
  /** Rewrites every COMPETENCY formula into native ones over added sheets, keeping the originals. */
  makePortable(locale: Locale): Promise<PortableOutcome>;
  /** Puts the originals back in every cell still holding what makePortable wrote. */
  restoreFormulas(): Promise<{ restored: number; kept: number }>;
  /** How many cells hold COMPETENCY formulas saved in a broken form. */
  countBrokenFormulas(): Promise<number>;
  /** Enters those formulas again with the functions' own names; how many it repaired. */
  repairFormulas(): Promise<number>;
  /** Moves the active sheet's staffing matrix to the loaded version `code`, all or nothing. */
  moveMatrix(code: string, locale: Locale): Promise<Result<MatrixMove>>;
}

// The portable actions load on first use: the pane opens without the tokenizer and layouts.
const portable = () => import(/* webpackChunkName: "portable-workbook" */ "./portable-workbook");

export function excelPaneActions(session: WorkbookSession, run: ExcelRun): ExcelPaneActions {
  return {
    mode: "excel",
    async insertSheet(plan) {
      // The applier loads on the first insert: the pane opens without it.
      const { applySheetPlan } = await import(
        /* webpackChunkName: "apply-sheet-plan" */ "./apply-sheet-plan"
      );
      const applied = await run((context) => applySheetPlan(context, plan));
      return { kind: "inserted", sheet: applied.name };
    },
    async insertSheets(plans) {
      const { applySheetPlan } = await import(
        /* webpackChunkName: "apply-sheet-plan" */ "./apply-sheet-plan"
      );
      const applied = await run(async (context) => {
        const names: string[] = [];
        for (const plan of plans) names.push((await applySheetPlan(context, plan)).name);
        return names;
      });
      return { kind: "inserted", sheet: applied[0] ?? "" };
    },
    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    readSheetValues: (sheet, address) => run((context) => readSheetValues(context, sheet, address)),
    setDefaultStandard: (code) => setDefaultStandard(session, run, code),
    insertFormula: (formula) =>
      run(async (context): Promise<FormulaInsertion> => {
        const cell = context.workbook.getActiveCell();
        cell.load(["address", "formulas"]);
        await context.sync();
        const address = withoutSheet(cell.address);
        if (cell.formulas[0]?.[0] !== "") return { ok: false, reason: "cellNotEmpty", cell: address };
        cell.formulas = [[formula]];
        await context.sync();
        return { ok: true, cell: address };
      }),
    readSelectedNames: () => run(readSelectedNames),
    storeStandard: (standard) => importIntoWorkbook(session, run, standard),
    removeStandard: (code) => removeFromWorkbook(session, run, code),
    makePortable: async (locale) => {
      const { makeWorkbookPortable } = await portable();
      const options = { catalog: session.catalog, defaultStandard: session.defaultStandard, locale };
      return run((context) => makeWorkbookPortable(context, options));
    },
    restoreFormulas: async () => {
      const { restoreWorkbookFormulas } = await portable();
      return run(restoreWorkbookFormulas);
    },
    countBrokenFormulas: async () => {
      const { findBrokenFormulas } = await portable();
      return (await run(findBrokenFormulas)).length;
    },
    repairFormulas: async () => {
      const { repairWorkbookFormulas } = await portable();
      return run(repairWorkbookFormulas);
    },
    async moveMatrix(code, locale) {
      const target = session.catalog.get(code);
      if (!target) return notFound(`未載入 ${code}。`, `${code} is not loaded.`);
      const [{ moveMatrixWorkbook }, { readStaffingMatrix }, assessment] = await Promise.all([
        import(/* webpackChunkName: "apply-sheet-plan" */ "./move-matrix-workbook"),
        import(/* webpackChunkName: "layouts" */ "../layout/staffing-matrix"),
        import(/* webpackChunkName: "layouts" */ "../layout/assessment"),
      ]);
      const { ASSESSMENT_TABLE_NAME, DERIVED_TABLE_NAME, TRAINING_TABLE_NAME } = assessment;
      const others = [ASSESSMENT_TABLE_NAME, DERIVED_TABLE_NAME, TRAINING_TABLE_NAME];
      return run(async (context): Promise<Result<MatrixMove>> => {
        const { worksheets } = context.workbook;
        const active = worksheets.getActiveWorksheet();
        active.load("name");
        worksheets.load("items/name");
        await context.sync();
        const existingSheetNames = worksheets.items.map((s) => s.name);
        const moved = await moveMatrixWorkbook(context, active.name, others, (matrix, found) => {
          const read = readStaffingMatrix(matrix.values, matrix.table, matrix.choicesAt);
          if (!read.ok) return read;
          const [marks, derived, training] = others.map((name) => found[name]);
          const withAssessment =
            marks && derived && training
              ? {
                  read: assessment.readAssessment(marks.values, marks.table),
                  rating: assessment.ratingSourceOf(matrix.values),
                  sheetNames: {
                    matrix: matrix.sheet,
                    assessment: marks.sheet,
                    derived: derived.sheet,
                    training: training.sheet,
                  },
                }
              : undefined;
          const upgraded = assessment.upgradeWorkbookInCatalog(read.value, session.catalog, target, {
            locale,
            existingSheetNames,
            ...(withAssessment ? { assessment: withAssessment } : {}),
          });
          if (!upgraded.ok) return upgraded;
          const { plans, from, summary, indicators } = upgraded.value;
          return ok({
            // The matrix keeps its sheet's name; an assessment's plans carry theirs.
            plans: plans.map((plan, i) => (i === 0 ? { ...plan, name: matrix.sheet } : plan)),
            detail: {
              from,
              summary,
              ...(indicators && withAssessment
                ? { assessment: { sheet: withAssessment.sheetNames.assessment, indicators } }
                : {}),
            },
          });
        });
        return moved.ok ? ok({ sheet: moved.value.sheets[0]!, ...moved.value.detail }) : moved;
      });
    },
  };
}

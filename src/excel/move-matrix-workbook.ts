import { parseRangeAddress, uniqueSheetName, type CellRange, type SheetPlan } from "../layout";
import { MATRIX_TABLE_NAME } from "../layout/staffing-matrix";
import { invalidArgument, ok, type Result } from "../model";
import { applySheetPlan, type ApplyOptions } from "./apply-sheet-plan";
import type { ExcelContextPort } from "./excel-port";
import { onGrid, type MatrixOnSheet } from "./move-matrix";

/** A sheet holding a table, as read for a move: its name, its values on its grid, the table's range. */
export interface TableOnSheet extends MatrixOnSheet {
  sheet: string;
  /**
   * The list choices of a cell's dropdown, for the one cell read: the matrix's first rating cell
   * (first data row, the column after name and role).
   */
  choicesAt: (row: number, col: number) => readonly string[] | undefined;
}

/** The sheets of the workbook that hold a table whose name starts with each prefix. */
export type SheetsByTable = Record<string, TableOnSheet | undefined>;

export interface MovedSheets<T> {
  /** The sheets written, by name, in the order of the plans. */
  sheets: string[];
  syncs: number;
  detail: T;
}

/** A move decided on what was read: each plan replaces the sheet of the same name. */
export type DecideMove<T> = (
  matrix: TableOnSheet,
  others: SheetsByTable,
) => Result<{ plans: SheetPlan[]; detail: T }>;

/**
 * Replaces the staffing matrix on `sheetName` and the sheets that go with it (those holding a
 * table named with one of `otherTables`' prefixes) by the plans `decide` makes of what it reads,
 * in one Excel.run and all or nothing: the old sheets step aside under temporary names (their
 * formulas follow), the new ones are written under the old names (each by applySheetPlan), then
 * the old ones are deleted and the new tables take the old tables' names; on any failure the new sheets are deleted and the old ones get their
 * names back. Reads take three syncs (the sheets and the matrix, their tables, the tables' ranges
 * with the other sheets' values and the matrix's ratings dropdown); nothing is written when
 * `decide` refuses.
 */
export async function moveMatrixWorkbook<T>(
  context: ExcelContextPort,
  sheetName: string,
  otherTables: readonly string[],
  decide: DecideMove<T>,
  options: ApplyOptions = {},
): Promise<Result<MovedSheets<T>>> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const matrixSheet = worksheets.getItem(sheetName);
  const used = matrixSheet.getUsedRange(true);
  used.load(["values", "address"]);
  await context.sync();
  const names = worksheets.items.map((s) => s.name);
  const previouslyActive = active.name;
  const sheets = names.map((name) => worksheets.getItem(name));
  for (const sheet of sheets) sheet.tables.load("items/name");
  await context.sync();

  const found = new Map<string, { sheet: number; table: string }>();
  sheets.forEach((sheet, i) =>
    sheet.tables.items.forEach((table) => {
      const prefix = [MATRIX_TABLE_NAME, ...otherTables].find((p) => table.name.startsWith(p));
      const isMatrix = prefix === MATRIX_TABLE_NAME && names[i] === sheetName;
      if (prefix && (isMatrix || prefix !== MATRIX_TABLE_NAME) && !found.has(prefix))
        found.set(prefix, { sheet: i, table: table.name });
    }),
  );
  const matrixTable = found.get(MATRIX_TABLE_NAME);
  if (!matrixTable) {
    return invalidArgument(
      `工作表「${sheetName}」中找不到人員職能矩陣。`,
      `Sheet "${sheetName}" holds no staffing matrix.`,
    );
  }
  const reads = [...found].map(([prefix, at]) => {
    const sheet = sheets[at.sheet]!;
    const range = sheet.tables.items.find((t) => t.name === at.table)!.getRange();
    range.load("address");
    const values = prefix === MATRIX_TABLE_NAME ? used : sheet.getUsedRange(true);
    if (prefix !== MATRIX_TABLE_NAME) values.load(["values", "address"]);
    // eslint-disable-next-line office-addins/load-object-before-read -- a navigation: its rule is loaded next
    const validation = prefix === MATRIX_TABLE_NAME ? range.getCell(1, 2).dataValidation : null;
    validation?.load("rule");
    return { prefix, sheet: names[at.sheet]!, range, values, validation };
  });
  await context.sync();
  const read: SheetsByTable = {};
  for (const r of reads) {
    const table: CellRange | null = parseRangeAddress(r.range.address);
    if (!table) return invalidArgument("無法讀取表格的位置。", `Could not read where table ${r.prefix} is.`);
    const source = r.validation?.rule.list?.source;
    const choices = typeof source === "string" && !source.startsWith("=") ? source.split(",") : undefined;
    read[r.prefix] = {
      sheet: r.sheet,
      table,
      values: onGrid(r.values.values, r.values.address),
      choicesAt: (row, col) => (row === table.top + 1 && col === table.left + 2 ? choices : undefined),
    };
  }
  const decided = decide(read[MATRIX_TABLE_NAME]!, read);
  if (!decided.ok) return decided;

  const { plans } = decided.value;
  const replaced = plans.map((p) => p.name).filter((name) => names.includes(name));
  const freedTables = new Set(
    replaced.flatMap((name) => sheets[names.indexOf(name)]!.tables.items.map((t) => t.name.toUpperCase())),
  );
  const taken = [...names];
  const aside = replaced.map((name) => {
    const temporary = uniqueSheetName(`~${name}`.slice(0, 28), taken);
    taken.push(temporary);
    worksheets.getItem(name).name = temporary;
    return temporary;
  });
  let syncs = 3;
  const written: string[] = [];
  try {
    const renames: (() => void)[] = [];
    for (const [i, plan] of plans.entries()) {
      const applied = await applySheetPlan(context, plan, { ...options, activate: i === 0 });
      written.push(applied.name);
      syncs += applied.syncs;
      // Tables take the names the old sheets' tables free (a move again finds the same names).
      plan.tables.forEach(({ name: wished }, t) => {
        const got = applied.tables[t]!;
        if (got !== wished && freedTables.has(wished.toUpperCase()))
          renames.push(() => (worksheets.getItem(applied.name).tables.getItem(got).name = wished));
      });
    }
    for (const temporary of aside) worksheets.getItem(temporary).delete();
    for (const rename of renames) rename();
    await context.sync();
    syncs += 1;
  } catch (error) {
    await putBack(context, { written, replaced, aside, previouslyActive });
    throw error;
  }
  return ok({ sheets: written, syncs, detail: decided.value.detail });
}

/** What a failed move leaves to undo. */
interface HalfMove {
  written: readonly string[];
  replaced: readonly string[];
  aside: readonly string[];
  previouslyActive: string;
}

/**
 * Undoes a failed move: with every old sheet still there, the sheets written so far are deleted
 * and the old ones get their names back; when some old sheet is already gone, the new sheets stay
 * and the rest of the old ones go, so the workbook is the moved one rather than half of each.
 */
async function putBack(context: ExcelContextPort, move: HalfMove): Promise<void> {
  const { worksheets } = context.workbook;
  const old = move.aside.map((name) => worksheets.getItemOrNullObject(name));
  for (const sheet of old) sheet.load("isNullObject");
  await context.sync();
  if (old.every((sheet) => !sheet.isNullObject)) {
    // The new sheets go first: they hold the names the old ones take back.
    const back = (name: string) => move.replaced[move.aside.indexOf(name)] ?? name;
    const active = back(move.previouslyActive);
    worksheets.getItem(move.previouslyActive).activate();
    for (const name of move.written) worksheets.getItem(name).delete();
    move.aside.forEach((name, i) => (worksheets.getItem(name).name = move.replaced[i]!));
    if (active !== move.previouslyActive) worksheets.getItem(active).activate();
  } else {
    move.aside.forEach((name, i) => {
      if (!old[i]!.isNullObject) worksheets.getItem(name).delete();
    });
  }
  await context.sync();
}

import { parseRangeAddress, type CellRange, type SheetPlan } from "../layout";
import { MATRIX_TABLE_NAME, type SheetValue } from "../layout/staffing-matrix";
import { invalidArgument, ok, type Result } from "../model";
import { applySheetPlan, type AppliedSheet, type ApplyOptions } from "./apply-sheet-plan";
import type { ExcelContextPort } from "./excel-port";

/** A matrix sheet's values on the sheet's own grid (row 1, column A at [0][0]) and its table. */
export interface MatrixOnSheet {
  values: SheetValue[][];
  table: CellRange;
}

function plain(value: unknown): SheetValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

/** The used range's values placed where they stand on the sheet (the used range may start past A1). */
export function onGrid(values: unknown[][], address: string): SheetValue[][] {
  const origin = parseRangeAddress(address) ?? { top: 0, left: 0 };
  const grid: SheetValue[][] = Array.from({ length: origin.top }, () => []);
  for (const row of values) grid.push([...Array<SheetValue>(origin.left).fill(null), ...row.map(plain)]);
  return grid;
}

export interface MovedMatrix<T> extends AppliedSheet {
  /** What `decide` returned besides the plan (e.g. what happened to each unit). */
  detail: T;
}

/**
 * Replaces a staffing matrix sheet by the plan `decide` makes of what it reads, in one Excel.run:
 * two syncs read the sheet (its values, then its matrix table's range), then the new sheet is
 * written, the old one deleted and its name passed on in the same request as the sheet's writes
 * (applySheetPlan's read and write syncs), all or nothing. Nothing is written when `decide`
 * refuses; its error comes back.
 */
export async function moveMatrixSheet<T>(
  context: ExcelContextPort,
  sheetName: string,
  decide: (matrix: MatrixOnSheet) => Result<{ plan: SheetPlan; detail: T }>,
  options: ApplyOptions = {},
): Promise<Result<MovedMatrix<T>>> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRange(true);
  used.load(["values", "address"]);
  sheet.tables.load("items/name");
  await context.sync();

  const table = sheet.tables.items.find((t) => t.name.startsWith(MATRIX_TABLE_NAME));
  if (!table) {
    return invalidArgument(
      `工作表「${sheetName}」中找不到人員職能矩陣。`,
      `Sheet "${sheetName}" holds no staffing matrix.`,
    );
  }
  const range = table.getRange();
  range.load("address");
  await context.sync();
  const tableRange = parseRangeAddress(range.address);
  if (!tableRange)
    return invalidArgument("無法讀取矩陣表格的位置。", "Could not read where the matrix table is.");

  const decided = decide({ values: onGrid(used.values, used.address), table: tableRange });
  if (!decided.ok) return decided;
  const tables = sheet.tables.items.map((t) => t.name);
  const applied = await applySheetPlan(context, decided.value.plan, {
    ...options,
    replaces: { sheet: sheetName, tables },
  });
  return ok({ ...applied, syncs: applied.syncs + 2, detail: decided.value.detail });
}

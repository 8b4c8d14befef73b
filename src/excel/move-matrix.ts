import { parseRangeAddress, type CellRange } from "../layout";
import type { SheetValue } from "../layout/staffing-matrix";

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

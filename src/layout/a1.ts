import type { CellRange } from "./sheet-plan";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** (0, 0) → "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "$A$1:$G$9", or "$A$1" for a single cell. */
export function absoluteRangeAddress(range: CellRange): string {
  const corner = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = corner(range.top, range.left);
  const end = corner(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** "A1:G9", or "A1" for a single cell. */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

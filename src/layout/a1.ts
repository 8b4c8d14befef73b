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

/** "A1:G9", or "A1" for a single cell. */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** "B3" → { row: 2, col: 1 }; null when the text is not a cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(address.toUpperCase());
  if (!match) return null;
  const col = [...match[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

/** "A1:G9" (or "A1") → CellRange; null when malformed. */
export function parseRangeAddress(address: string): CellRange | null {
  const [first, second = first] = address.split(":");
  const start = parseCellAddress(first ?? "");
  const end = parseCellAddress(second ?? "");
  if (!start || !end) return null;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

export function rangeRows(range: CellRange): number {
  return range.bottom - range.top + 1;
}

export function rangeColumns(range: CellRange): number {
  return range.right - range.left + 1;
}

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

/** "A11:I14", "'Sheet 1'!$A$11:$I$14" or "B3" → CellRange; null when the text is not one. */
export function parseRangeAddress(address: string): CellRange | null {
  const bare = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const match = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(bare);
  if (!match) return null;
  const col = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const [, c1, r1, c2 = c1!, r2 = r1!] = match as unknown as [string, string, string, string?, string?];
  return { top: Number(r1) - 1, left: col(c1), bottom: Number(r2) - 1, right: col(c2) };
}

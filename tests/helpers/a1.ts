import type { CellRange } from "../../src/layout";

/** "B3" → { row: 2, col: 1 }; null when the text is not a cell address. Tests read plans and fakes with it. */
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

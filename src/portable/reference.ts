/** One cell a reference names: its sheet (null: the formula's own) and 0-based row and column. */
export interface CellReference {
  sheet: string | null;
  row: number;
  col: number;
}

const MAX_COLUMN_LETTERS = 3;

/**
 * "A1", "$B$2", "Sheet2!C3", "'My sheet'!$D$4" (as a reference token, or an address Office.js
 * gives) → the cell; null for a range, a name or anything else.
 */
export function parseCellReference(reference: string): CellReference | null {
  const bang = reference.lastIndexOf("!");
  let sheet: string | null = null;
  if (bang >= 0) {
    const name = reference.slice(0, bang);
    sheet = name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).split("''").join("'") : name;
  }
  const address = reference
    .slice(bang + 1)
    .split("$")
    .join("")
    .toUpperCase();
  let letters = 0;
  while (letters < address.length && address[letters]! >= "A" && address[letters]! <= "Z") letters++;
  const digits = address.slice(letters);
  const isCell =
    letters > 0 &&
    letters <= MAX_COLUMN_LETTERS &&
    digits !== "" &&
    digits[0] !== "0" &&
    [...digits].every((c) => c >= "0" && c <= "9");
  if (!isCell) return null;
  let col = 0;
  for (const c of address.slice(0, letters)) col = col * 26 + c.charCodeAt(0) - 64;
  return { sheet, row: Number(digits) - 1, col: col - 1 };
}

/** "A1:C9" (or "Sheet!A1:C9") → its rows and columns; one cell for a single address; null when not a range. */
export function parseRangeSize(range: string): { rows: number; columns: number } | null {
  const [start, end] = range.split(":");
  const from = parseCellReference(start!);
  const to = parseCellReference(end ?? start!);
  if (!from || !to) return null;
  return { rows: to.row - from.row + 1, columns: to.col - from.col + 1 };
}

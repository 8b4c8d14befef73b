import { tokenize } from "./tokens";

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + c.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let letters = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

function isLetters(text: string): boolean {
  return text !== "" && [...text.toUpperCase()].every((c) => c >= "A" && c <= "Z");
}

function isDigits(text: string): boolean {
  return text !== "" && [...text].every((c) => c >= "0" && c <= "9");
}

interface MovedEnd {
  text: string;
  isCell: boolean;
}

/** One end of an A1 reference ("B$3", "$C", "7") moved by rows and columns, its $-fixed parts kept; null when it is not one. */
function moveEnd(end: string, rows: number, columns: number): MovedEnd | null {
  let i = 0;
  const fixedColumn = end[i] === "$";
  if (fixedColumn) i++;
  let j = i;
  while (j < end.length && isLetters(end[j]!)) j++;
  const letters = end.slice(i, j).toUpperCase();
  const fixedRow = end[j] === "$";
  const digits = end.slice(fixedRow ? j + 1 : j);
  if (letters.length > 3 || (letters === "" && fixedColumn)) return null;
  if ((letters === "" && digits === "") || (digits !== "" && !isDigits(digits))) return null;
  let text = "";
  if (letters !== "") {
    const col = columnNumber(letters) + (fixedColumn ? 0 : columns);
    if (col < 1 || col > MAX_COLUMN) return null;
    text += `${fixedColumn ? "$" : ""}${columnLetters(col)}`;
  }
  if (digits !== "") {
    const row = Number(digits) + (fixedRow ? 0 : rows);
    if (row < 1 || row > MAX_ROW) return null;
    text += `${fixedRow ? "$" : ""}${row}`;
  }
  return { text, isCell: letters !== "" && digits !== "" };
}

/** A reference token ("A1", "Sheet2!$B2:C$9", "A:A") moved; a name, a structured or spill reference unchanged. */
function moveReference(reference: string, rows: number, columns: number): string {
  if (reference.includes("[") || reference.endsWith("#")) return reference;
  const bang = reference.lastIndexOf("!");
  const ends = reference
    .slice(bang + 1)
    .split(":")
    .map((end) => moveEnd(end, rows, columns));
  if (ends.some((end) => end === null)) return reference;
  // Alone, a column or a row is not a reference ("A" is a name): only a cell is.
  if (ends.length === 1 && !ends[0]!.isCell) return reference;
  return reference.slice(0, bang + 1) + ends.map((end) => end!.text).join(":");
}

/**
 * A shared formula as one of the cells it was filled into sees it: every relative reference
 * moved by the cell's distance from the formula's first cell (what Excel does when it fills down).
 */
export function translateFormula(formula: string, rows: number, columns: number): string {
  const tokenized = tokenize(formula);
  if (!tokenized.ok) return formula;
  let text = "";
  let at = 0;
  for (const token of tokenized.tokens) {
    if (token.type !== "operand" || token.operand !== "reference") continue;
    const moved = moveReference(token.value, rows, columns);
    if (moved === token.value) continue;
    text += formula.slice(at, token.start) + moved;
    at = token.end;
  }
  return text + formula.slice(at);
}

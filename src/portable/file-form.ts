import { tokenize } from "./tokens";

/**
 * Functions newer than Excel 2007 carry a prefix in the file (Office.js and the formula bar show
 * them without): Excel and LibreOffice read FILTER only as `_xlfn._xlws.FILTER`.
 */
const FILE_NAMES: Record<string, string> = {
  FILTER: "_xlfn._xlws.FILTER",
  UNIQUE: "_xlfn.UNIQUE",
};

/** A formula as the file stores it: each newer function's name prefixed, every other character kept. */
export function toFileFormula(formula: string): string {
  const tokenized = tokenize(formula);
  if (!tokenized.ok) return formula;
  let text = "";
  let at = 0;
  for (const token of tokenized.tokens) {
    const prefixed = token.type === "function-start" ? FILE_NAMES[token.value.toUpperCase()] : undefined;
    if (!prefixed) continue;
    text += `${formula.slice(at, token.start)}${prefixed}(`;
    at = token.end;
  }
  return text + formula.slice(at);
}

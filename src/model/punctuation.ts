/**
 * The one punctuation rule for Chinese text the product writes (task pane, sheet labels, CLI
 * and function messages): full-width ，。：；（）！？, never their ASCII forms. Allowed in
 * Chinese text: a colon between ASCII letters or digits (`file:line`, `10:30`), and a call written
 * after its ASCII name (`COUNTIFS(A:A,1)`): its brackets and what they hold are code, not prose;
 * the mark that ends an Excel error value (`#NAME?`, `#REF!`), which is part of the value; and the
 * `!` of a reference (`Sheet1!A1`, `[2]!_xldudf_…`).
 */
const FULL_WIDTH: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "(": "（",
  ")": "）",
  "!": "！",
  "?": "？",
};

export interface PunctuationProblem {
  index: number;
  found: string;
  expected: string;
}

const ASCII_WORD = /[A-Za-z0-9_]/;
/** What precedes the mark of an Excel error value: `#NAME`, `#DIV/0`, `#GETTING_DATA`… */
const ERROR_VALUE_BEFORE = /#[A-Z][A-Z0-9_/]*$/;

/** Every ASCII punctuation mark in a Chinese text that the rule says must be full-width. */
export function halfWidthPunctuation(text: string): PunctuationProblem[] {
  const problems: PunctuationProblem[] = [];
  const callOpenings: boolean[] = [];
  for (let index = 0; index < text.length; index++) {
    const found = text[index]!;
    const expected = FULL_WIDTH[found];
    if (!expected) continue;
    const before = text[index - 1] ?? "";
    const after = text[index + 1] ?? "";
    if (found === "(") {
      const isCall = ASCII_WORD.test(before);
      callOpenings.push(isCall);
      if (isCall) continue;
    }
    if (found === ")" && callOpenings.pop() === true) continue;
    if (callOpenings.at(-1) === true) continue;
    if (found === ":" && ASCII_WORD.test(before) && ASCII_WORD.test(after)) continue;
    if ((found === "!" || found === "?") && ERROR_VALUE_BEFORE.test(text.slice(0, index))) continue;
    if (found === "!" && (ASCII_WORD.test(before) || before === "]") && ASCII_WORD.test(after)) continue;
    problems.push({ index, found, expected });
  }
  return problems;
}

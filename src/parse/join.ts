/**
 * Joining pieces of text that the document broke over several lines or cells: Chinese is joined
 * without a space, Latin words keep exactly one space between them, runs of spaces collapse, and
 * a space the PDF put between two Han characters (執 行) is dropped.
 */

const HAN = "\\u3400-\\u9FFF\\uF900-\\uFAFF";
const CJK_PUNCT = "\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65";
const SPACE_BETWEEN_HAN = new RegExp(`([${HAN}])[ \\t]+(?=[${HAN}])`, "g");
const SPACE_AROUND_CJK_PUNCT = new RegExp(`[ \\t]*([${CJK_PUNCT}])[ \\t]*`, "g");
const LATIN_END = /[A-Za-z0-9,;:)\]]/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** Collapse white space inside one piece of text. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, " ")
    .replace(SPACE_BETWEEN_HAN, "$1")
    .replace(SPACE_AROUND_CJK_PUNCT, "$1")
    .trim();
}

/** Join pieces (lines of one cell) into one text; linear in the total length. */
export function joinPieces(pieces: readonly string[]): string {
  const parts: string[] = [];
  let last = "";
  for (const raw of pieces) {
    const piece = tidy(raw);
    if (piece === "") continue;
    if (parts.length > 0 && LATIN_END.test(last) && LATIN_START.test(piece)) parts.push(" ");
    parts.push(piece);
    last = piece.at(-1)!;
  }
  return tidy(parts.join(""));
}

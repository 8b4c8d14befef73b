import { toHalfWidthAlnum } from "../model";

/** One line of the document after normalisation, with its 1-based line number in the source. */
export interface SourceLine {
  no: number;
  text: string;
  /** The line held a page marker (第 2 頁,總共 6 頁) or a form feed: a page ends here. */
  pageBreak: boolean;
}

/** Inputs above this size are refused: the parser's work is bounded for anything up to it. */
export const MAX_INPUT_CHARS = 10 * 1024 * 1024;

const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u2007\u202F\u205F\u3000]/g;
const FOOTNOTE_MARKER = /【\s*註\s*(\d+)\s*】/g;
const DOT_BETWEEN_DIGITS = /(\d)\s*[\uFF0E\u2024\uFE52]\s*(?=\d)/g;
const CJK = "\\u3000-\\u303F\\u3400-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF";
const SINGLE_CJK = new RegExp(`^[${CJK}]$`);
/** Brackets and punctuation around a word do not make it longer: "識)" and "**其" are single characters. */
const NOT_A_LETTER = /[^\p{L}\p{N}]/gu;
const HAS_CJK = new RegExp(`[${CJK}]`);
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}]) (?=[${CJK}])`, "g");
const SPACED_PAIR = new RegExp(`[${CJK}] [${CJK}]`);
const PAGE_MARKER =
  /第\s*\d+\s*頁\s*[,，、/／]?\s*(?:總\s*)?共\s*\d+\s*頁|^\s*Page\s+\d+\s+of\s+\d+\s*$|^\s*[-–]\s*\d+\s*[-–]\s*$/gi;

/**
 * Text → lines: BOM and zero-width characters removed, CRLF/CR → LF, NBSP and ideographic spaces →
 * space, full-width letters/digits → ASCII, 【註 １】 → 【註1】, page markers removed and flagged,
 * justified text extracted as spaced-out characters (設 備 基 本 資 料) closed up.
 * Blank lines mean nothing to any reader (PDF text puts one between every two lines), so only
 * the others are kept, with their source line numbers; this also bounds memory on hostile input.
 */
export function normalizeLines(raw: string): SourceLine[] {
  const text = raw.replace(INVISIBLE, "").replace(/\r\n?/g, "\n");
  const lines: SourceLine[] = [];
  let start = 0;
  for (let no = 1; start <= text.length; no++) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    const raw = text.slice(start, stop);
    if (/[^\s]|\f/.test(raw)) {
      const line = normalizeLine(raw, no);
      if (line.text.trim() !== "" || line.pageBreak) lines.push(line);
    }
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

function normalizeLine(line: string, no: number): SourceLine {
  let pageBreak = line.includes("\f");
  let text = closeUpSpacedCjk(toHalfWidthAlnum(line.replace(/\f/g, "").replace(ODD_SPACES, " ")))
    .replace(FOOTNOTE_MARKER, "【註$1】")
    .replace(DOT_BETWEEN_DIGITS, "$1.");
  const withoutMarker = text.replace(PAGE_MARKER, "");
  if (withoutMarker !== text) {
    pageBreak = true;
    text = withoutMarker;
  }
  return { no, text: text.replace(/[ ]+$/, ""), pageBreak };
}

/**
 * In a cell whose Chinese is evidently spaced out — at least two CJK characters standing alone
 * and nearly all (80 %) of its Chinese words single characters — a single space between two CJK
 * characters is dropped; spaces next to codes and Latin words, and wider gaps, stay.
 */
export function closeUpSpacedCjk(line: string): string {
  if (!SPACED_PAIR.test(line)) return line;
  return line
    .split("\t")
    .map((cell) => {
      const words = cell.split(" ").filter((w) => HAS_CJK.test(w));
      const singles = words.filter((w) => SINGLE_CJK.test(w.replace(NOT_A_LETTER, "") || w)).length;
      return singles >= 2 && singles >= 0.8 * words.length ? cell.replace(SPACE_BETWEEN_CJK, "$1") : cell;
    })
    .join("\t");
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === "";
}

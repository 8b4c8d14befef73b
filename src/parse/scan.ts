import { parseCode, type ParsedCode } from "../model";

/** A place in a piece of text that has the shape of an item code (T1.1, O1.1.1, K01 …). */
export interface CodeCandidate {
  index: number;
  end: number;
  parsed: ParsedCode;
  /** Only white space precedes it in its line or cell. */
  atStart: boolean;
  /** A Latin word and a space precede it ("Amazon S3"): likely part of running text. */
  afterLatinWord: boolean;
  /** It starts its text or follows a space or a list separator, as a list's codes do. */
  afterSeparator: boolean;
}

const CANDIDATE = /[TOPKS]\d{1,3}(?:\.\d{1,3}){0,2}/g;
/** Characters that cannot stand right before a code: it would be part of a word (K8s, (S3), A-K1). */
const GLUED_BEFORE = /[A-Za-z0-9.(（/\\\-_&+#@'"’]/;
const GLUED_AFTER = /[A-Za-z0-9]/;

export function findCodeCandidates(text: string): CodeCandidate[] {
  const found: CodeCandidate[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const index = match.index;
    const end = index + match[0].length;
    const before = text[index - 1];
    const after = text[end];
    if (before !== undefined && GLUED_BEFORE.test(before)) continue;
    if (after !== undefined && GLUED_AFTER.test(after)) continue;
    const parsed = parseCode(match[0]);
    if (!parsed) continue;
    found.push({
      index,
      end,
      parsed,
      atStart: text.slice(0, index).trim() === "",
      afterLatinWord: /[A-Za-z0-9][ \t]+$/.test(text.slice(Math.max(0, index - 16), index)),
      afterSeparator: before === undefined || /[\s、，,;；]/.test(before),
    });
  }
  return found;
}

/** A competency level written at the start of a line in PDF text: "3 K01 …" or "3" alone. */
export function leadingLevel(text: string): { level: number; rest: string } | null {
  const match = /^\s*([1-9])(?:\s*級)?(?:\s+(?=[KS]\d)|\s*$)/.exec(text);
  return match ? { level: Number(match[1]), rest: text.slice(match[0].length) } : null;
}

/** An output or indicator code typed without its letter at the start of a cell or line: "04.2.1", "4.2.1". */
export interface BareCode {
  /** The text as typed, "04.2.1". */
  typed: string;
  /** "4.2.1" */
  digits: string;
  /** A leading 0 is the letter O typed as a digit. */
  zeroForO: boolean;
  end: number;
}

const BARE_CODE = /^\s*(0?)(\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.A-Za-z])/;

export function bareCodeAtStart(text: string): BareCode | null {
  const match = BARE_CODE.exec(text);
  if (!match) return null;
  const zeroForO = match[1] === "0";
  return {
    typed: (match[1]! + match[2]!).trim(),
    digits: match[2]!.split(".").map(Number).join("."),
    zeroForO,
    end: match[0].length,
  };
}

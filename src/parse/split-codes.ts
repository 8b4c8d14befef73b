import { parseCode } from "../model";
import type { SourceLine } from "./normalize";

/** A code letter standing alone, then its digits after a space: "O 1.1.9", "K 03". */
const SPLIT_IN_CELL = /(^|[\s、，,;；])([TOPKS]) +(\d{1,3}(?:\.\d{1,3}){0,2})(?![\d.])/g;
/** A code letter alone at the end of a line… */
const LETTER_AT_END = /(^|[\s、，,;；])([TOPKS])\s*$/;
/** …and its digits at the start of the next. */
const DIGITS_AT_START = /^\s*(\d{1,3}(?:\.\d{1,3}){0,2})(?![\d.])/;
/** After K or S, a digit 1–7 alone or before a K/S code is the next row's level, not digits of a code. */
const LEVEL_AHEAD = /^\s*[1-7](?:\s*$|\s+[KS]\s*\d)/;
const LATIN_WORD_BEFORE = /[A-Za-z][ \t]*$/;

function isCode(letter: string, digits: string): boolean {
  return parseCode(letter + digits) !== null;
}

function joinInCell(cell: string): string {
  return cell.replace(SPLIT_IN_CELL, (whole, before: string, letter: string, digits: string, at: number) => {
    const rest = cell.slice(at + whole.length);
    if (LATIN_WORD_BEFORE.test(cell.slice(0, at + before.length))) return whole;
    if ((letter === "K" || letter === "S") && LEVEL_AHEAD.test(digits + rest)) return whole;
    return isCode(letter, digits) ? `${before}${letter}${digits}` : whole;
  });
}

/**
 * Codes a line break or a wrapped cell split from their digits ("O" on one line, "1.1.9" on the
 * next; "K 03" inside a cell) are joined again, so they neither merge two items nor drop one.
 * The letter moves to the line of its digits. Line count and numbers stay as they were.
 */
export function joinSplitCodes(lines: readonly SourceLine[]): SourceLine[] {
  const out = lines.map((line) => ({ ...line, text: line.text.split("\t").map(joinInCell).join("\t") }));
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i]!;
    const next = out[i + 1]!;
    if (line.text.includes("\t") || next.text.includes("\t")) continue;
    const end = LETTER_AT_END.exec(line.text);
    const start = DIGITS_AT_START.exec(next.text);
    if (!end || !start) continue;
    const letter = end[2]!;
    const head = line.text.slice(0, end.index + end[1]!.length);
    if (LATIN_WORD_BEFORE.test(head)) continue;
    if ((letter === "K" || letter === "S") && LEVEL_AHEAD.test(next.text)) continue;
    if (!isCode(letter, start[1]!)) continue;
    line.text = head.replace(/\s+$/, "");
    next.text = letter + next.text.replace(/^\s+/, "");
  }
  return out;
}

import { normalizeCompatibility } from "../clean-text";

/** A piece of text placed on the page: baseline origin (x, y, y up), advance width and font size. */
export interface Glyphs {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
const SPACES_BETWEEN_CJK =
  /([\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]) +(?=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF])/g;

/** A text item's string, compatibility characters mapped and justification spaces between CJK dropped. */
export function cleanItemText(text: string): string {
  return normalizeCompatibility(text).replace(SPACES_BETWEEN_CJK, "$1");
}

function endsCjk(text: string): boolean {
  return CJK.test(text.at(-1) ?? "");
}

function startsCjk(text: string): boolean {
  return CJK.test(text[0] ?? "");
}

/**
 * Pieces on one visual line, in order, as one string. A space goes where the page shows a gap,
 * never between two CJK characters (justified CJK text is spread by gaps, not by words).
 */
export function joinLine(pieces: readonly Glyphs[], tabGap = Infinity): string {
  let text = "";
  let end = -Infinity;
  for (const piece of pieces) {
    const gap = piece.x - end;
    if (text !== "") {
      if (gap > tabGap * piece.size) text += "\t";
      else if (gap > spaceGap(text, piece.text) * piece.size) text += " ";
    }
    text += piece.text;
    end = Math.max(end, piece.x + piece.width);
  }
  return text.replace(/ {2,}/g, " ");
}

/**
 * The gap, in font sizes, that means a space: never between CJK characters; between CJK and
 * Latin only one wider than Writer's autospace (0.2 em there with no space in the text), while a
 * real space in a CJK font is 0.25 em.
 */
function spaceGap(before: string, after: string): number {
  const cjkBefore = endsCjk(before);
  const cjkAfter = startsCjk(after);
  if (cjkBefore && cjkAfter) return Infinity;
  return cjkBefore || cjkAfter ? 0.225 : 0.2;
}

/**
 * Wrapped lines of one cell or paragraph joined: nothing between CJK or after a hyphen, nor where
 * a full line (`full`: it reached the edge) broke inside a Latin word or between a number and CJK;
 * else a space.
 */
export function joinWrapped(previous: string, next: string, full = false): string {
  if (previous === "") return next;
  if ((endsCjk(previous) && startsCjk(next)) || /[-‐]$/.test(previous)) return previous + next;
  if (full && /[A-Za-z]$/.test(previous) && /^[a-z]/.test(next)) return previous + next;
  // CJK text breaks anywhere: a full line broke between a number and CJK for want of room (具5|年);
  // between a Latin word and CJK the documents put a space (Rackspace 等).
  if (full && ((/\d$/.test(previous) && startsCjk(next)) || (endsCjk(previous) && /^\d/.test(next))))
    return previous + next;
  return `${previous} ${next}`;
}

/** Visual lines: pieces whose baselines lie within half a font size, top to bottom, left to right. */
export function visualLines<T extends Glyphs>(pieces: readonly T[]): T[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: T[][] = [];
  let current: T[] = [];
  let baseline = NaN;
  for (const piece of sorted) {
    if (current.length > 0 && Math.abs(piece.y - baseline) <= 0.5 * Math.max(piece.size, 1)) {
      current.push(piece);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [piece];
    baseline = piece.y;
  }
  if (current.length > 0) lines.push(current);
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** The text of a table cell whose right border is at `right`: its visual lines joined as wrapped lines. */
export function cellText(pieces: readonly Glyphs[], right: number): string {
  let text = "";
  let full = false;
  for (const line of visualLines(pieces)) {
    // Chromium's fonts turn a written bullet (•) into a middle dot.
    text = joinWrapped(text, joinLine(line).replace(/^[·・‧]\s*/, "• "), full);
    const last = line.at(-1)!;
    full = last.x + last.width >= right - 1.2 * last.size;
  }
  return text.trim();
}

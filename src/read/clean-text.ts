/**
 * Characters PDF fonts and some editors use for ordinary ideographs or letters: Kangxi and CJK
 * radicals (⼯ for 工), CJK compatibility ideographs, Latin ligatures. Only these are NFKC'd:
 * NFKC over the whole text would also turn the document's full-width punctuation (，：；（）)
 * into ASCII and change every name and description.
 */
const COMPATIBILITY = /[\u2E80-\u2FDF\uF900-\uFAFF\uFB00-\uFB06\u{2F800}-\u{2FA1F}]/gu;

export function normalizeCompatibility(text: string): string {
  return text.replace(COMPATIBILITY, (c) => c.normalize("NFKC"));
}

/** One cell or paragraph as one line: compatibility characters mapped, whitespace runs → one space. */
export function cleanCell(text: string): string {
  return normalizeCompatibility(text).replace(/\s+/g, " ").trim();
}

/** A paragraph of a document: its text and its list depth (0 outside lists). */
export interface Paragraph {
  text: string;
  depth: number;
}

/**
 * A paragraph as a line of its own: list items get seed 000's bullets ("- ", and one more leading
 * space per nesting level), which the notes reader takes for items and sub-items.
 */
export function paragraphLine(paragraph: Paragraph): string {
  const text = cleanCell(paragraph.text);
  return paragraph.depth > 0 && text !== "" ? `${" ".repeat(paragraph.depth - 1)}- ${text}` : text;
}

/** A cell's paragraphs on one line, separated by a space, as seed 000 writes several items of a cell. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map(cleanCell)
    .filter((p) => p !== "")
    .join(" ");
}

/**
 * A table row as one line of tab-separated cells; covered cells are empty strings. A row of one
 * cell is a paragraph already made into a line (its leading spaces mark a sub-item).
 */
export function rowLine(cells: readonly string[]): string {
  return cells.length === 1 ? cells[0]!.trimEnd() : cells.map(cleanCell).join("\t");
}

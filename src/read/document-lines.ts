import type { Diagnostic } from "../model";

/** Where a line of the intermediate came from, so a diagnostic can point the reader at it. */
export type LineSource =
  | { kind: "line"; line: number }
  | { kind: "page"; page: number }
  | { kind: "paragraph"; paragraph: number }
  | { kind: "row"; table: number; row: number };

/**
 * One line of a document as the parser reads it. A table row is one line whose cells are
 * separated by tabs (no tab or newline inside a cell); a cell covered by a merged cell above or
 * to the left is empty. This is the layout of seed 000, which the parser reads best.
 */
export interface DocumentLine {
  text: string;
  source: LineSource;
}

export type DocumentFormat = "pdf" | "odt" | "docx" | "text" | "json";

/** What a reader gives: the lines of a document (or, for JSON, its text) and what went wrong. */
export type ReadResult =
  | { format: "json"; json: string; diagnostics: Diagnostic[] }
  | { format: Exclude<DocumentFormat, "json">; lines: DocumentLine[]; diagnostics: Diagnostic[] };

/** The page a source names, if any (PDF lines know their page). */
export function pageOf(source: LineSource): number | undefined {
  return source.kind === "page" ? source.page : undefined;
}

import type { LocalizedText } from "./text";

export type Severity = "error" | "warning" | "info";

/** A problem found in a document: where (1-based line) and what, in both languages. */
export interface Diagnostic {
  severity: Severity;
  line: number;
  /** Stable identifier of the kind of problem, e.g. "missing-level". */
  id: string;
  message: LocalizedText;
  /** The page of a PDF the line is on, when the document came from one. */
  page?: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

import type { Diagnostic } from "../model";

/** A reader's error, in both languages, at a line (1 when the whole file is at fault) and page. */
export function readError(id: string, zh: string, en: string, page?: number): Diagnostic {
  return { severity: "error", line: 1, id, message: { zh, en }, ...(page === undefined ? {} : { page }) };
}

export function readWarning(id: string, zh: string, en: string, page?: number): Diagnostic {
  return { severity: "warning", line: 1, id, message: { zh, en }, ...(page === undefined ? {} : { page }) };
}

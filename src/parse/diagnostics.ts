import type { Diagnostic, Severity } from "../model";

/** Collects the problems of one parse, each with a line number and a message in both languages. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  add(severity: Severity, line: number, id: string, zh: string, en: string): void {
    this.items.push({ severity, line, id, message: { zh, en } });
  }

  error(line: number, id: string, zh: string, en: string): void {
    this.add("error", line, id, zh, en);
  }

  warning(line: number, id: string, zh: string, en: string): void {
    this.add("warning", line, id, zh, en);
  }
}

/** A short quotation of document text for a message. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `「${flat.slice(0, max)}…」` : `「${flat}」`;
}

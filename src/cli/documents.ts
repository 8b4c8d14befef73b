import { readFile } from "node:fs/promises";
import { loadDocument, type LoadedDocument } from "../catalog";
import { pick, type Diagnostic, type Locale } from "../model";
import type { CliContext } from "./io";

/** Reads a document given on the command line ("-" is standard input). */
export async function readDocument(path: string): Promise<LoadedDocument> {
  const content = path === "-" ? await readStdin() : await readFile(path, "utf8");
  return loadDocument(content, path);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** "file:line: severity: message", the form editors and CI logs link to. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic, locale: Locale): string {
  return `${file}:${diagnostic.line}: ${diagnostic.severity}: ${pick(diagnostic.message, locale)}`;
}

export function reportDiagnostics(
  file: string,
  diagnostics: readonly Diagnostic[],
  context: CliContext,
): void {
  for (const d of diagnostics) context.stderr.write(`${formatDiagnostic(file, d, context.locale)}\n`);
}

import { readFile, stat } from "node:fs/promises";
import { loadDocumentBytes, type LoadedDocument } from "../catalog";
import { pick, type Diagnostic, type Locale } from "../model";
import { fileTooLarge, MAX_FILE_BYTES } from "../read";
import { fileProblem } from "./file-errors";
import type { CliContext } from "./io";

/**
 * Reads a document given on the command line ("-" is standard input) as bytes, so any format
 * (PDF, ODT, DOCX, text, JSON) is told by its content. A file over the size limit is refused
 * before it is read.
 */
export async function readDocument(path: string): Promise<LoadedDocument> {
  if (path !== "-" && (await stat(path)).size > MAX_FILE_BYTES)
    return { format: "text", standards: [], diagnostics: [fileTooLarge()] };
  const bytes = path === "-" ? await readStdin() : await readFile(path);
  return loadDocumentBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** "file:line: severity: message", the form editors and CI logs link to; a PDF's page follows. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic, locale: Locale): string {
  const page =
    diagnostic.page === undefined
      ? ""
      : locale === "en"
        ? ` (page ${diagnostic.page})`
        : `（第 ${diagnostic.page} 頁）`;
  return `${file}:${diagnostic.line}: ${diagnostic.severity}: ${pick(diagnostic.message, locale)}${page}`;
}

export function reportDiagnostics(
  file: string,
  diagnostics: readonly Diagnostic[],
  context: CliContext,
): void {
  for (const d of diagnostics) context.stderr.write(`${formatDiagnostic(file, d, context.locale)}\n`);
}

/**
 * Reads a document and prints its diagnostics; a file that cannot be read at all (missing,
 * unreadable) prints why, in the user's language, and gives null.
 */
export async function readReported(file: string, context: CliContext): Promise<LoadedDocument | null> {
  let document: LoadedDocument;
  try {
    document = await readDocument(file);
  } catch (error) {
    context.stderr.write(`${file}: ${pick(fileProblem(error), context.locale)}\n`);
    return null;
  }
  reportDiagnostics(file, document.diagnostics, context);
  return document;
}

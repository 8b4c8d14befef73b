import type { Diagnostic } from "../model";
import type { ReadResult } from "./document-lines";
import { sniff } from "./detect";
import { MAX_FILE_BYTES, READ_DEADLINE_MS } from "./limits";
import { readError } from "./problems";
import { decodeText, looksLikeJson, textLines } from "./text";

export type { DocumentFormat, DocumentLine, LineSource, ReadResult } from "./document-lines";
export { pageOf } from "./document-lines";
export { MAX_FILE_BYTES } from "./limits";

/** The error for a file over MAX_FILE_BYTES: callers that know the size refuse it before reading. */
export function fileTooLarge(): Diagnostic {
  return readError(
    "file-too-large",
    `檔案超過 ${MAX_FILE_BYTES / 1024 / 1024} MB，未讀取。`,
    `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB and was not read.`,
  );
}

export interface ReadOptions {
  /** In the browser: the PDF.js worker's URL (from `pdfWorkerUrl()` in read/pdf-worker-url). */
  pdfWorkerUrl?: string;
  /** Milliseconds after which a PDF stops being read (default 20 s). */
  deadlineMs?: number;
}

/**
 * A document's bytes → its lines (or JSON text), the format told by the bytes: `%PDF-` is a PDF,
 * a zip is an ODT or DOCX by its entries, the rest is text (UTF-8, or UTF-16 with a BOM) and JSON
 * when it opens with `{` or `[` or is named *.json. The PDF and zip readers load on first use.
 * Never rejects: every problem is a diagnostic.
 */
export async function readDocumentBytes(
  bytes: Uint8Array,
  fileName = "",
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) return { format: "text", lines: [], diagnostics: [fileTooLarge()] };
  try {
    switch (sniff(bytes)) {
      case "pdf": {
        const { readPdf } = await import("./pdf");
        return await readPdf(bytes, {
          deadlineMs: options.deadlineMs ?? READ_DEADLINE_MS,
          ...(options.pdfWorkerUrl ? { workerUrl: options.pdfWorkerUrl } : {}),
        });
      }
      case "zip": {
        const { readOffice } = await import("./office");
        return readOffice(bytes);
      }
      case "text": {
        const text = decodeText(bytes);
        if (/\.json$/i.test(fileName) || looksLikeJson(text))
          return { format: "json", json: text, diagnostics: [] };
        return { format: "text", lines: textLines(text), diagnostics: [] };
      }
      case "binary":
        return {
          format: "text",
          lines: [],
          diagnostics: [
            readError(
              "unknown-format",
              "無法辨識的檔案格式；請提供 PDF、ODT、DOCX、純文字或 JSON 檔。",
              "Unrecognised file format; please provide a PDF, ODT, DOCX, plain-text or JSON file.",
            ),
          ],
        };
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      format: "text",
      lines: [],
      diagnostics: [
        readError("read-failed", `無法讀取檔案（${reason}）。`, `The file could not be read (${reason}).`),
      ],
    };
  }
}

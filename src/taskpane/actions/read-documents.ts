import type { LoadedDocument } from "../../catalog";

/** A picked or dropped file: its name and bytes. */
export interface DocumentFile extends Blob {
  readonly name: string;
}

/** The bytes of a file (FileReader works in every host's web view). */
function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // Not `instanceof ArrayBuffer`: the web view's buffer may come from another realm.
    reader.onload = () =>
      resolve(
        reader.result && typeof reader.result !== "string" ? new Uint8Array(reader.result) : new Uint8Array(),
      );
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * One file → what it holds, read by the reader its bytes call for (PDF, ODT, DOCX, text, JSON).
 * The parser and the readers (PDF.js, the zip and XML libraries) load on the first import, so the
 * pane opens without them; a file over the size limit is refused before it is read.
 */
export async function readDocumentFile(file: DocumentFile): Promise<LoadedDocument> {
  const [{ loadDocumentBytes }, { fileTooLarge, MAX_FILE_BYTES }, { pdfWorkerUrl }] = await Promise.all([
    import(/* webpackChunkName: "import" */ "../../catalog/load"),
    import(/* webpackChunkName: "import" */ "../../read"),
    import(/* webpackChunkName: "import" */ "../../read/pdf-worker-url"),
  ]);
  if (file.size > MAX_FILE_BYTES) return { format: "text", standards: [], diagnostics: [fileTooLarge()] };
  return loadDocumentBytes(await readFileBytes(file), file.name, { pdfWorkerUrl: pdfWorkerUrl() });
}

/** Pasted text (a document's text or JSON) → what it holds; the parser loads on first use. */
export async function readPastedText(text: string): Promise<LoadedDocument> {
  const { loadDocument } = await import(/* webpackChunkName: "import" */ "../../catalog/load");
  return loadDocument(text);
}

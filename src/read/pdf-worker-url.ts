/**
 * The PDF.js worker's URL for the browser, written so that webpack emits the worker file as an
 * asset of the build. The task pane passes it as `pdfWorkerUrl` when reading documents; PDF.js
 * then runs in a module worker. Node does not need it (and cannot load this file under Jest).
 */
export function pdfWorkerUrl(): string {
  return new URL("pdfjs-dist/legacy/build/pdf.worker.mjs", import.meta.url).href;
}

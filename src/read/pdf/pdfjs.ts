/**
 * PDF.js, loaded on first use (its ~1 MB stays out of the task pane's initial JavaScript). The
 * legacy build runs in Node and in older WebViews alike. Without a worker URL (Node), PDF.js runs
 * its worker code in the same thread; in the browser it starts a module worker from the URL.
 */
export type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loaded: Promise<Pdfjs> | undefined;

export function loadPdfjs(workerUrl?: string): Promise<Pdfjs> {
  loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return loaded.then((pdfjs) => {
    if (workerUrl) pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
}

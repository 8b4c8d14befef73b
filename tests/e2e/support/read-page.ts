/**
 * A page that reads documents in the browser as the task pane will: the readers load on first
 * use, PDF.js in a module worker whose URL webpack emits. Exposes `readDocument` to the test,
 * which answers the loaded document and how long reading took in the page.
 */
import { loadDocumentBytes } from "../../../src/catalog";
import { pdfWorkerUrl } from "../../../src/read/pdf-worker-url";

declare global {
  interface Window {
    readDocument(base64: string, name: string): Promise<{ json: string; ms: number }>;
  }
}

window.readDocument = async (base64, name) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const start = performance.now();
  const loaded = await loadDocumentBytes(bytes, name, { pdfWorkerUrl: pdfWorkerUrl() });
  return { json: JSON.stringify(loaded), ms: performance.now() - start };
};

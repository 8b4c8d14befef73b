/**
 * Jest stand-in for src/read/pdf-worker-url.ts, whose `import.meta.url` only webpack resolves:
 * under Node, PDF.js runs without a worker URL, so there is none to give.
 */
export function pdfWorkerUrl(): string {
  return "";
}

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDocumentBytes } from "../src/catalog";
import type { Report } from "./report";

const PRODUCED = join(__dirname, "..", "tests", "fixtures", "produced");

/** The fixture PDFs (Writer's and Chromium's of each produced document) with their page counts. */
function fixturePdfs(): Array<{ path: string; bytes: Uint8Array; pages: number }> {
  return readdirSync(PRODUCED).flatMap((dir) =>
    ["writer.pdf", "chromium.pdf"].map((name) => {
      const path = join(PRODUCED, dir, name);
      const bytes = new Uint8Array(readFileSync(path));
      const pages = new TextDecoder("latin1").decode(bytes).match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      return { path, bytes, pages };
    }),
  );
}

async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time of Debian's pdf2txt (pdfminer.six) extracting only the text of the files, in one run. */
function pdf2txtMs(paths: readonly string[]): number {
  const start = performance.now();
  execFileSync("pdf2txt", ["-o", "/dev/null", ...paths], { stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - start;
}

/**
 * PDF → standard (read with positions, then parsed) against pdfminer's text extraction alone, in
 * the same run on the same files: per document (median over the fixture PDFs, each the median of
 * 5 warm runs) and for a batch of 50 PDFs. Targets: a 5-page PDF under 150 ms; faster than pdfminer.
 */
export async function benchRead(report: Report): Promise<void> {
  report.section("read documents (PDF → standard vs pdfminer's pdf2txt)");
  const pdfs = fixturePdfs();
  await loadDocumentBytes(pdfs[0]!.bytes, "warm-up.pdf");
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const pdf of pdfs) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await timeMs(() => loadDocumentBytes(pdf.bytes, pdf.path)));
    ours.push(median(runs));
    theirs.push(pdf2txtMs([pdf.path]));
  }
  const largest = pdfs.reduce((a, b) => (b.pages > a.pages ? b : a));
  const largestMs = ours[pdfs.indexOf(largest)]!;
  report.figure(`PDF → standard, per document (median of ${pdfs.length} fixture PDFs)`, median(ours), "ms");
  report.figure("pdf2txt text only, per document (median, same PDFs)", median(theirs), "ms");
  report.figure("ratio pdf2txt / ours, per document", median(theirs) / median(ours), "×");
  report.figure(
    `PDF → standard, largest fixture (${largest.pages} pages, ${largest.path.split("/").slice(-2).join("/")})`,
    largestMs,
    `ms (target < 150 for 5 pages: ${((largestMs / largest.pages) * 5).toFixed(0)} ms per 5 pages)`,
  );
  const batch = Array.from({ length: 50 }, (_, i) => pdfs[i % pdfs.length]!);
  const batchOurs = await timeMs(async () => {
    for (const pdf of batch) await loadDocumentBytes(pdf.bytes, pdf.path);
  });
  const batchTheirs = pdf2txtMs(batch.map((p) => p.path));
  report.figure("batch of 50 PDFs → standards", batchOurs, "ms");
  report.figure("batch of 50 PDFs, pdf2txt text only (one process)", batchTheirs, "ms");
  report.figure("ratio pdf2txt / ours, batch of 50", batchTheirs / batchOurs, "×");
}

import { Catalog } from "../src/catalog";
import { parseStandard } from "../src/parse";
import { generateCorpus } from "./corpus";
import { heapMb, medianMs, type Report } from "./report";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Parse time of each seed; a 1,000-standard corpus parsed and indexed (target: under 2 s). */
export async function benchParse(report: Report): Promise<void> {
  report.section("parse and catalog");
  for (const name of ["000_a0f43cfc92171b2f.txt", "003_6e3f31b64b106f61.txt"]) {
    const text = readFileSync(join(__dirname, "..", "seeds", name), "utf8");
    parseStandard(text);
    report.figure(
      `parse seed ${name} (${text.length} chars, median of 50)`,
      medianMs(50, () => parseStandard(text)),
      "ms",
    );
  }
  const corpus = generateCorpus(1_000);
  const chars = corpus.reduce((sum, t) => sum + t.length, 0);
  const before = heapMb();
  const start = performance.now();
  const catalog = new Catalog();
  let peak = 0;
  for (const [i, text] of corpus.entries()) {
    catalog.add(parseStandard(text).standard, "imported");
    if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed / 1024 / 1024);
  }
  const elapsed = performance.now() - start;
  const searchMs = medianMs(5, () => catalog.search("資訊安全"));
  peak = Math.max(peak, process.memoryUsage().heapUsed / 1024 / 1024);
  report.figure(
    `corpus: 1,000 standards (${(chars / 1e6).toFixed(1)} M chars) parse + catalog build`,
    elapsed,
    "ms (target < 2000)",
  );
  report.figure("corpus: peak heap during parse + build", peak, "MB");
  report.figure("corpus: heap held by the catalog after GC", heapMb() - before, "MB");
  report.figure("corpus: search 資訊安全 across 1,000 standards (median of 5)", searchMs, "ms");
  report.figure("corpus: standards loaded", catalog.size);
}

import { minimalPdf } from "./tests/helpers/minimal-pdf";
import { readDocumentBytes } from "./src/read";
import { writeFileSync } from "node:fs";
(async () => {
  const pdf = minimalPdf([["Hello (world)", "second line"], ["page two"]]);
  writeFileSync("/tmp/rd/min.pdf", pdf);
  const t = performance.now();
  const r = await readDocumentBytes(minimalPdf(Array.from({ length: 301 }, (_, i) => [`page ${i + 1}`])), "x.pdf");
  console.log(performance.now() - t, JSON.stringify(r.diagnostics), "lines" in r && r.lines.length);
  console.log(JSON.stringify(await readDocumentBytes(pdf, "")));
})();

import { convertHtml, pdfExport } from "./tests/helpers/writer";
import { encodePng } from "./scripts/png";
import { writeFileSync } from "node:fs";
const w = 120, h = 60;
const rgba = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
const pdf = convertHtml('<html><body><img src="scan.png" width="400" height="200"></body></html>', pdfExport(), "pdf", { "scan.png": encodePng(w, h, rgba) });
writeFileSync("/tmp/rd/scan.pdf", pdf);
console.log(pdf.length);

/**
 * Produces every fixture again with the same code as `npm run fixtures` (LibreOffice Writer and
 * Chromium, both required: the test fails when either is missing) and compares the result with
 * the committed files in what stays the same between runs: expected.json and document.html
 * byte for byte, the text and tables of the ODT and DOCX, and `pdftotext -layout` of each PDF.
 * Then checks what the PDFs must show: the main table's heading on every page it runs over, and
 * a long row continuing at the top of the next page.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { produceFixtures } from "../../scripts/fixtures/produce";
import { FIXTURE_SOURCES, PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { docxStructure, odtStructure } from "./support/document-structure";
import { pdfPages } from "./support/pdf-text";

const PDFS = ["writer.pdf", "chromium.pdf"] as const;
/** Sources whose main table is long enough to run over a page break in both producers. */
const MULTI_PAGE = ["seed-000", "seed-003", "long-cells", "justified-cells"];

let out = "";

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "fixtures-regenerated-"));
  await produceFixtures({ out });
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe.each(FIXTURE_SOURCES.map((s) => [s.name, s] as const))("%s", (name, source) => {
  const committed = (file: string) => join(PRODUCED_DIR, name, file);
  const regenerated = (file: string) => join(out, name, file);

  test("expected.json and document.html come out byte for byte", () => {
    for (const file of ["expected.json", "document.html"]) {
      expect(readFileSync(regenerated(file), "utf8")).toBe(readFileSync(committed(file), "utf8"));
    }
  });

  test("the ODT and DOCX hold the same paragraphs and tables", () => {
    expect(odtStructure(readFileSync(regenerated("writer.odt")))).toEqual(
      odtStructure(readFileSync(committed("writer.odt"))),
    );
    expect(docxStructure(readFileSync(regenerated("writer.docx")))).toEqual(
      docxStructure(readFileSync(committed("writer.docx"))),
    );
  });

  test.each(PDFS)("%s lays out the same text", (pdf) => {
    expect(pdfPages(regenerated(pdf))).toEqual(pdfPages(committed(pdf)));
  });

  test.each(PDFS)("%s repeats the main table's heading on every page the table runs over", (pdf) => {
    const pages = pdfPages(regenerated(pdf));
    const heading = source.style.olderHeadings ? "工作活動" : "主要職責";
    const first = pages.findIndex((page) => page.includes(heading));
    const attitudes = pages.findIndex((page) => page.includes("A=attitude"));
    expect(first).toBeGreaterThanOrEqual(0);
    const tablePages = pages.slice(first, attitudes + 1);
    for (const page of tablePages) expect(page).toMatch(new RegExp(`${heading}\\s+[^\\n]*行為指標`));
    if (MULTI_PAGE.includes(name)) expect(tablePages.length).toBeGreaterThanOrEqual(2);
  });
});

test.each(PDFS)("long-cells %s: T1.1's indicator cell is split by the page break", (pdf) => {
  const pages = pdfPages(join(out, "long-cells", pdf));
  const pageOf = (code: string) => pages.findIndex((page) => page.includes(code));
  expect(pageOf("P1.1.8")).toBe(pageOf("P1.1.1") + 1);
});

test.each(PDFS)("justified-cells %s: justified CJK text comes out with spaces between characters", (pdf) => {
  const text = pdfPages(join(out, "justified-cells", pdf)).join("");
  expect(text).toMatch(/備 基 本 資/);
});

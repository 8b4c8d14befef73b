import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocumentBytes, type DocumentLine } from "../../src/read";
import { PDF_SAFETY } from "../../src/read/pdf";
import { loadPdfjs } from "../../src/read/pdf/pdfjs";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { pdfPages } from "../fixtures-produced/support/pdf-text";
import { seedText, SEED_000 } from "../helpers/seeds";

const HAN = "\\u3400-\\u9FFF\\uF900-\\uFAFF";
/** Spaces between two CJK characters dropped: a PDF cannot tell a cell's paragraphs from its wraps. */
const withoutCjkSpaces = (text: string): string =>
  text.replace(new RegExp(`([${HAN}]) +(?=[${HAN}])`, "g"), "$1");

async function pdfLines(name: string, file: string): Promise<DocumentLine[]> {
  const read = await readDocumentBytes(new Uint8Array(readFileSync(join(PRODUCED_DIR, name, file))), file);
  if (read.format !== "pdf") throw new Error(`${file} read as ${read.format}`);
  expect(read.diagnostics).toEqual([]);
  return read.lines;
}

const seedLines = seedText(SEED_000).split("\n");
const seedFrontRows = seedLines
  .slice(
    0,
    seedLines.findIndex((l) => l.startsWith("主要職責")),
  )
  .filter((l) => l.includes("\t"));

describe.each(["writer.pdf", "chromium.pdf"])("seed 000 as %s", (file) => {
  let lines: DocumentLine[];
  beforeAll(async () => {
    lines = await pdfLines("seed-000", file);
  });

  test("the version and header tables come out as the seed's rows, cells by position, spans empty", () => {
    const texts = lines.map((l) => withoutCjkSpaces(l.text));
    for (const row of seedFrontRows) expect(texts).toContain(withoutCjkSpaces(row));
  });

  test("every page of the main table opens with its heading row, then the continued row", () => {
    const pages = [...new Set(lines.map((l) => (l.source.kind === "page" ? l.source.page : 0)))];
    const tablePages = pages.filter((page) =>
      lines.some((l) => l.source.kind === "page" && l.source.page === page && /^T\d|^\t/.test(l.text)),
    );
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages.slice(1)) {
      const first = lines.find(
        (l) => l.source.kind === "page" && l.source.page === page && l.text.includes("\t"),
      )!;
      expect([page, first.text.split("\t").slice(0, 4)]).toEqual([
        page,
        ["主要職責", "工作任務", "工作產出", "行為指標"],
      ]);
      const next = lines[lines.indexOf(first) + 1]!;
      expect(next.text.split("\t")).toHaveLength(7);
    }
  });

  test("lines name their pages, in order", () => {
    const pages = lines.map((l) => (l.source.kind === "page" ? l.source.page : NaN));
    expect(pages[0]).toBe(1);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  test("attitudes and notes are lines of their own, notes as seed 000's list items", () => {
    const texts = lines.map((l) => l.text);
    for (const line of seedLines.filter((l) => /^A0\d/.test(l))) expect(texts).toContain(line);
    expect(texts).toContain(" - " + seedLines.find((l) => l.startsWith(" - 平台即服務"))!.slice(3));
  });
});

test.each(["writer.pdf", "chromium.pdf"])(
  "justified CJK cells (%s) come out without the spaces the PDF text puts between characters",
  async (file) => {
    const spaced = new RegExp(`[${HAN}] [${HAN}] [${HAN}]`);
    expect(pdfPages(join(PRODUCED_DIR, "justified-cells", file)).join("\n")).toMatch(spaced);
    const lines = await pdfLines("justified-cells", file);
    expect(lines.filter((l) => spaced.test(l.text))).toEqual([]);
  },
);

test("PDF.js runs without eval, fonts or XFA, in a version with the CVE-2024-4367 fix (4.2.67+)", async () => {
  expect(PDF_SAFETY).toEqual({
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
  });
  const { version } = await loadPdfjs();
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4_002_067);
});

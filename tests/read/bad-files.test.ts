/**
 * Hostile and broken files: each gets a clear diagnostic (both languages) and nothing hangs.
 * The encrypted PDF, the scan and the Kangxi-radical PDF are made by LibreOffice Writer.
 */
import { strToU8, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDocumentBytes } from "../../src/catalog";
import type { Diagnostic } from "../../src/model";
import { readDocumentBytes } from "../../src/read";
import { MAX_PDF_PAGES, MAX_ZIP_BYTES, MAX_ZIP_ENTRIES } from "../../src/read/limits";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { encodePng } from "../../scripts/png";
import { minimalPdf } from "../helpers/minimal-pdf";
import { convertHtml, pdfExport } from "../helpers/writer";

const produced = (name: string, file: string): Uint8Array =>
  new Uint8Array(readFileSync(join(PRODUCED_DIR, name, file)));

/** The one error a file gets, checked for both languages. */
async function onlyError(bytes: Uint8Array, name: string): Promise<Diagnostic> {
  const loaded = await loadDocumentBytes(bytes, name);
  expect(loaded.standards).toEqual([]);
  expect(loaded.diagnostics).toHaveLength(1);
  const [error] = loaded.diagnostics as [Diagnostic];
  expect(error.severity).toBe("error");
  expect(error.line).toBe(1);
  expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(error.message.en).toMatch(/^[A-Z]/);
  return error;
}

describe("PDFs made by LibreOffice Writer", () => {
  test("a password-protected PDF says so", async () => {
    const encrypted = convertHtml(
      "<html><body><p>雲端架構工程人員職能基準</p></body></html>",
      pdfExport({
        EncryptFile: { type: "boolean", value: "true" },
        DocumentOpenPassword: { type: "string", value: "secret" },
      }),
      "pdf",
    );
    const error = await onlyError(encrypted, "encrypted.pdf");
    expect(error.id).toBe("pdf-encrypted");
    expect(error.message.en).toContain("password-protected");
    expect(error.message.zh).toContain("密碼");
  });

  test("a scan (a PDF of only an image) says OCR is not supported", async () => {
    const [width, height] = [120, 60];
    const pixels = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const scan = convertHtml(
      '<html><body><img src="scan.png" width="400" height="200"></body></html>',
      pdfExport(),
      "pdf",
      { "scan.png": encodePng(width, height, pixels) },
    );
    const error = await onlyError(scan, "scan.pdf");
    expect(error.id).toBe("pdf-no-text");
    expect(error.message.en).toContain("OCR is not supported");
    expect(error.message.zh).toContain("文字辨識（OCR）");
  });

  test("Kangxi radicals in the text layer come out as the ideographs they stand for", async () => {
    const pdf = convertHtml("<html><body><p>⼯作任務：⽇常維護</p></body></html>", pdfExport(), "pdf");
    const read = await readDocumentBytes(pdf, "kangxi.pdf");
    expect("lines" in read && read.lines.map((l) => l.text)).toEqual(["工作任務：日常維護"]);
  });

  test("a main table that continues without its heading row gets the heading again, as seed 000", async () => {
    const row = (i: number): string =>
      `<tr><td>T${i}職責</td><td>T${i}.1任務</td><td>O${i}.1.1產出</td><td>${"P指標內容很長。".repeat(8)}</td><td>3</td><td>K01知識</td><td>S01技能</td></tr>`;
    const html = `<html><body><table border="1" cellspacing="0" width="100%"><tr><th>主要職責</th><th>工作任務</th><th>工作產出</th><th>行為指標</th><th>職能級別</th><th>職能內涵 (K=knowledge 知識)</th><th>職能內涵 (S=skills 技能)</th></tr>${Array.from({ length: 40 }, (_, i) => row(i + 1)).join("")}</table></body></html>`;
    const read = await readDocumentBytes(convertHtml(html, pdfExport(), "pdf"), "no-repeat.pdf");
    if (!("lines" in read)) throw new Error("not read");
    const headings = read.lines.filter((l) => l.text.startsWith("主要職責\t工作任務"));
    const pages = new Set(read.lines.map((l) => (l.source.kind === "page" ? l.source.page : 0)));
    expect(pages.size).toBeGreaterThan(1);
    expect(headings.map((l) => (l.source.kind === "page" ? l.source.page : 0))).toEqual([...pages]);
  });
});

describe("truncated and corrupt files", () => {
  test.each(["writer.pdf", "chromium.pdf"])("a truncated %s", async (file) => {
    const bytes = produced("seed-000", file);
    const error = await onlyError(bytes.subarray(0, bytes.length / 3), file);
    expect(error.id).toMatch(/^corrupt-pdf$|^pdf-no-text$/);
  });

  test("a PDF with its body overwritten", async () => {
    const bytes = produced("seed-003", "writer.pdf").slice();
    bytes.fill(0x20, 16, bytes.length - 16);
    expect((await onlyError(bytes, "broken.pdf")).id).toBe("corrupt-pdf");
  });

  test.each(["writer.odt", "writer.docx"])("a truncated %s", async (file) => {
    const bytes = produced("seed-000", file);
    const error = await onlyError(bytes.subarray(0, bytes.length / 2), file);
    expect(error.id).toBe("corrupt-zip");
    expect(error.message.en).toContain("corrupt or truncated");
  });

  test("a DOCX whose XML is not well-formed", async () => {
    const bytes = zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p>") });
    expect((await onlyError(bytes, "bad.docx")).id).toBe("corrupt-xml");
  });
});

describe("zip bombs", () => {
  test("an entry that inflates past the limit is refused by its declared size", async () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(MAX_ZIP_BYTES + 1) });
    expect(bomb.length).toBeLessThan(200_000);
    const error = await onlyError(bomb, "bomb.docx");
    expect(error.id).toBe("zip-too-large");
    expect(error.message.en).toContain("zip bomb");
  });

  test("an entry that lies about its size is stopped while inflating", async () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(MAX_ZIP_BYTES + 1) });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    // The uncompressed size in the local header (offset 22) and in the central directory (offset 24).
    view.setUint32(22, 100, true);
    const central = bomb.length - 22 - (46 + "word/document.xml".length);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    view.setUint32(central + 24, 100, true);
    const error = await onlyError(bomb, "liar.docx");
    expect(error.id).toBe("zip-too-large");
  });

  test("too many entries", async () => {
    const entries = Object.fromEntries(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}.xml`, strToU8("x")]),
    );
    const error = await onlyError(zipSync({ "word/document.xml": strToU8("<a/>"), ...entries }), "many.docx");
    expect(error.id).toBe("zip-too-many-entries");
  });
});

describe("bounded in time", () => {
  test("a PDF over the page limit is read up to it, with a warning on the last page read", async () => {
    const pdf = minimalPdf(Array.from({ length: MAX_PDF_PAGES + 1 }, (_, i) => [`page ${i + 1}`]));
    const read = await readDocumentBytes(pdf, "long.pdf");
    expect(read.diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", id: "pdf-too-many-pages", page: MAX_PDF_PAGES }),
    ]);
    expect("lines" in read && read.lines.at(-1)!.text).toBe(`page ${MAX_PDF_PAGES}`);
  });

  test("a page of thousands of ruled lines is read as text, not as a table, and quickly", async () => {
    const lines = Array.from(
      { length: 3_000 },
      (_, i) =>
        `10 ${100 + (i % 600)} m 580 ${100 + (i % 600)} l S ${10 + (i % 570)} 50 m ${10 + (i % 570)} 800 l S`,
    );
    const pdf = minimalPdf([["T1 duty", "T1.1 task"]], lines.join(" ") + " ");
    const start = performance.now();
    const read = await readDocumentBytes(pdf, "mesh.pdf");
    expect(performance.now() - start).toBeLessThan(5_000);
    expect("lines" in read && read.lines.map((l) => l.text)).toEqual(["T1 duty", "T1.1 task"]);
  });

  test("reading stops at the deadline", async () => {
    const pdf = minimalPdf(Array.from({ length: 200 }, (_, i) => [`page ${i + 1}`]));
    const start = performance.now();
    const read = await readDocumentBytes(pdf, "slow.pdf", { deadlineMs: 50 });
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(read.diagnostics.map((d) => d.id)).toEqual(["read-timeout"]);
    expect(read.diagnostics[0]!.message.en).toContain("0.05 s");
  });
});

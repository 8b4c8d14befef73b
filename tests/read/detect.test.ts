import { zipSync, strToU8 } from "fflate";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDocumentBytes } from "../../src/catalog";
import { parseStandard } from "../../src/parse";
import { MAX_FILE_BYTES, readDocumentBytes } from "../../src/read";
import { sniff } from "../../src/read/detect";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { seedText, SEED_000, SEED_003 } from "../helpers/seeds";

const produced = (name: string, file: string): Uint8Array =>
  new Uint8Array(readFileSync(join(PRODUCED_DIR, name, file)));

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + 2 * i + (endian === "le" ? 0 : 1)] = unit & 0xff;
    out[2 + 2 * i + (endian === "le" ? 1 : 0)] = unit >> 8;
  }
  return out;
}

test("the format comes from the bytes, whatever the file is called", async () => {
  for (const [file, format] of [
    ["writer.pdf", "pdf"],
    ["chromium.pdf", "pdf"],
    ["writer.odt", "odt"],
    ["writer.docx", "docx"],
  ] as const) {
    const read = await readDocumentBytes(produced("seed-000", file), "misnamed.txt");
    expect([file, read.format]).toEqual([file, format]);
  }
  const json = await readDocumentBytes(
    new TextEncoder().encode('  {"format":"competency-standards"}'),
    "a.txt",
  );
  expect(json.format).toBe("json");
  const text = await readDocumentBytes(new TextEncoder().encode(seedText(SEED_003)), "a.json.txt");
  expect(text.format).toBe("text");
});

test("text in UTF-8 with or without a BOM and in UTF-16 LE or BE parses as the seed does", async () => {
  const seed = seedText(SEED_000);
  const expected = parseStandard(seed);
  const encodings = [
    new TextEncoder().encode(seed),
    new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed)]),
    utf16(seed, "le"),
    utf16(seed, "be"),
  ];
  for (const bytes of encodings) {
    const loaded = await loadDocumentBytes(bytes, "seed.txt");
    expect(loaded.format).toBe("text");
    expect(loaded.standards).toEqual([expected.standard]);
    expect(loaded.diagnostics).toEqual(expected.diagnostics);
  }
});

test("text in Big5 (not valid UTF-8) is read as Big5; other invalid UTF-8 keeps its readable parts", async () => {
  const seed = seedText(SEED_003);
  const big5 = execFileSync("iconv", ["-f", "UTF-8", "-t", "BIG5//TRANSLIT"], { input: seed });
  const expected = parseStandard(new TextDecoder("big5").decode(big5));
  expect(expected.standard.code).toBe("IIS3512-001v1");
  const loaded = await loadDocumentBytes(new Uint8Array(big5), "big5.txt");
  expect(loaded.standards).toEqual([expected.standard]);
  const broken = await readDocumentBytes(
    new Uint8Array([...new TextEncoder().encode("職能基準"), 0xff]),
    "x.txt",
  );
  expect("lines" in broken && broken.lines[0]!.text).toBe("職能基準\uFFFD");
});

test("a zip that is neither ODT nor DOCX, and unknown binary data, get a clear error", async () => {
  const zip = await loadDocumentBytes(zipSync({ "a.txt": strToU8("hello") }), "a.docx");
  expect(zip.standards).toEqual([]);
  expect(zip.diagnostics.map((d) => [d.severity, d.id])).toEqual([["error", "unknown-zip"]]);
  const binary = await loadDocumentBytes(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x10, 0x00]), "a.bin");
  expect(binary.standards).toEqual([]);
  expect(binary.diagnostics).toEqual([
    expect.objectContaining({ severity: "error", id: "unknown-format", line: 1 }),
  ]);
  expect(binary.diagnostics[0]!.message.zh).toMatch(/PDF、ODT、DOCX/);
  expect(binary.diagnostics[0]!.message.en).toMatch(/PDF, ODT, DOCX/);
});

test("a file over 20 MB is refused before any reading", async () => {
  const big = new Uint8Array(MAX_FILE_BYTES + 1);
  big.set(new TextEncoder().encode("%PDF-1.7"));
  const start = performance.now();
  const loaded = await loadDocumentBytes(big, "big.pdf");
  expect(performance.now() - start).toBeLessThan(100);
  expect(loaded.standards).toEqual([]);
  expect(loaded.diagnostics.map((d) => d.id)).toEqual(["file-too-large"]);
  expect(loaded.diagnostics[0]!.message.en).toContain("20 MB");
});

test("sniff: %PDF- anywhere in the first KB, zip magic, BOMs and control bytes", () => {
  expect(sniff(new TextEncoder().encode("junk\n%PDF-1.4"))).toBe("pdf");
  expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe("zip");
  expect(sniff(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe("text");
  expect(sniff(new TextEncoder().encode("職能基準\t代碼\r\n\f"))).toBe("text");
  expect(sniff(new Uint8Array([0x41, 0x00, 0x42]))).toBe("binary");
});

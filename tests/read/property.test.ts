import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDocumentBytes } from "../../src/catalog";
import { readDocumentBytes } from "../../src/read";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { minimalPdf } from "../helpers/minimal-pdf";

/** Whatever the bytes, reading and loading resolve, with well-formed diagnostics. */
async function expectWellFormed(bytes: Uint8Array): Promise<void> {
  const read = await readDocumentBytes(bytes, "any");
  for (const d of read.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.message.zh.length).toBeGreaterThan(0);
    expect(d.message.en.length).toBeGreaterThan(0);
  }
  if ("lines" in read) for (const line of read.lines) expect(line.text).not.toMatch(/[\r\n]/);
  const loaded = await loadDocumentBytes(bytes, "any");
  expect(Array.isArray(loaded.standards)).toBe(true);
  expect(loaded.standards.length > 0 || loaded.diagnostics.some((d) => d.severity === "error")).toBe(true);
}

const MAGIC: Record<string, number[]> = {
  pdf: [...strToU8("%PDF-1.7\n")],
  zip: [0x50, 0x4b, 0x03, 0x04],
  "utf-16": [0xff, 0xfe],
  none: [],
};

test.each(Object.keys(MAGIC))("random bytes after the %s magic never reject", async (magic) => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (tail) => {
      await expectWellFormed(new Uint8Array([...MAGIC[magic]!, ...tail]));
    }),
    { numRuns: magic === "pdf" ? 60 : 200 },
  );
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 4_096 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = m.at % (bytes.length + 1);
  switch (m.kind) {
    case "flip": {
      const out = bytes.slice();
      if (at < out.length) out[at] = m.value;
      return out;
    }
    case "truncate":
      return bytes.subarray(0, at);
    case "insert":
      return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    case "duplicate":
      return new Uint8Array([...bytes.subarray(0, at + m.length), ...bytes.subarray(at)]);
  }
}

test.each([
  ["writer.pdf", 25],
  ["chromium.pdf", 25],
  ["writer.odt", 150],
  ["writer.docx", 150],
])("mutations of seed 003's %s never reject", async (file, runs) => {
  const original = new Uint8Array(readFileSync(join(PRODUCED_DIR, "seed-003", file)));
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
      await expectWellFormed(mutations.reduce(mutate, original));
    }),
    { numRuns: runs },
  );
});

/** Median wall time of reading `bytes`, in ms. */
async function timeRead(bytes: Uint8Array): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await readDocumentBytes(bytes, "any");
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1]!;
}

function docxOfRows(rows: number): Uint8Array {
  const row = (i: number): string =>
    `<w:tr>${[`T${i}職責`, `T${i}.1任務`, `O${i}.1.1產出`, `P${i}.1.1指標。`]
      .map((t) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`)
      .join("")}</w:tr>`;
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>${Array.from({ length: rows }, (_, i) => row(i)).join("")}</w:tbl></w:body></w:document>`;
  return zipSync({ "word/document.xml": strToU8(xml) });
}

const GROWTH: Array<[string, (n: number) => Uint8Array]> = [
  ["text", (n) => strToU8("T1 職責\tT1.1 任務\tP1.1.1 指標。\n".repeat(2_000 * n))],
  ["random binary", (n) => new Uint8Array(100_000 * n).map((_, i) => (i * 7919) % 251)],
  ["DOCX rows", (n) => docxOfRows(300 * n)],
  ["PDF pages", (n) => minimalPdf(Array.from({ length: 5 * n }, (_, i) => [`T${i} line one`, "line two"]))],
];

test.each(GROWTH)("time stays linear in input size: %s", async (_name, build) => {
  const small = build(2);
  const large = build(16);
  await timeRead(small);
  const ratio = (await timeRead(large)) / Math.max(await timeRead(small), 0.5);
  // Linear work gives a ratio near 8; quadratic work would give about 64.
  expect(ratio).toBeLessThan((large.length / small.length) * 3);
});

/**
 * Golden equivalence: a document read from Writer's PDF, Chromium's PDF, Writer's ODT and DOCX
 * gives the same standard as its source text (both seeds and the variation fixtures), field by
 * field, so a failure names the field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDocumentBytes } from "../../src/catalog";
import type { Standard } from "../../src/model";
import { FIXTURE_SOURCES, PRODUCED_DIR, sourceStandard } from "../../scripts/fixtures/sources";

const FORMATS = [
  ["writer.pdf", "pdf"],
  ["chromium.pdf", "pdf"],
  ["writer.odt", "odt"],
  ["writer.docx", "docx"],
] as const;

const CASES = FIXTURE_SOURCES.flatMap((source) =>
  FORMATS.map(([file, format]) => [source.name, file, format, source] as const),
);

describe.each(CASES)("%s/%s", (name, file, format, source) => {
  const expected = sourceStandard(source).standard;
  let standard: Standard;

  beforeAll(async () => {
    const loaded = await loadDocumentBytes(
      new Uint8Array(readFileSync(join(PRODUCED_DIR, name, file))),
      file,
    );
    expect(loaded.format).toBe(format);
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(loaded.standards).toHaveLength(1);
    standard = loaded.standards[0]!;
  });

  test.each(Object.keys(expected) as Array<keyof Standard>)("field %s equals the source text's", (field) => {
    expect(standard[field]).toEqual(expected[field]);
  });

  test("the whole standard equals the source text's", () => {
    expect(standard).toEqual(expected);
  });
});

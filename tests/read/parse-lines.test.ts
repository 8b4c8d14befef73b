import { parseDocumentLines, parseStandard } from "../../src/parse";
import type { DocumentLine } from "../../src/read";
import { seedText, SEED_000 } from "../helpers/seeds";

const seedLines = seedText(SEED_000).split("\n");

test("the lines of a document parse as their text does", () => {
  const lines: DocumentLine[] = seedLines.map((text, i) => ({ text, source: { kind: "line", line: i + 1 } }));
  expect(parseDocumentLines(lines)).toEqual(parseStandard(seedText(SEED_000)));
});

test("a diagnostic names the line of the list and, for a PDF, its page", () => {
  const broken = seedLines.map((text) =>
    text.replace(/(\tT2\.1雲端系統架構設計\t[^\t]*\t[^\t]*\t)4\t/, "$1\t"),
  );
  const lines: DocumentLine[] = broken.map((text, i) => ({
    text,
    source: { kind: "page", page: i < 20 ? 1 : 2 },
  }));
  const { diagnostics } = parseDocumentLines(lines);
  const missing = diagnostics.find((d) => d.id === "missing-level");
  expect(missing).toBeDefined();
  expect(lines[missing!.line - 1]!.text).toContain("T2.1");
  expect(missing!.page).toBe(missing!.line <= 20 ? 1 : 2);
  expect(parseStandard(broken.join("\n")).diagnostics.map((d) => d.line)).toEqual(
    diagnostics.map((d) => d.line),
  );
});

test("a newline inside a line cannot shift the numbering", () => {
  const lines: DocumentLine[] = [
    { text: "雲端架構工程人員職能基準", source: { kind: "paragraph", paragraph: 1 } },
    { text: "T1.1 沒有\n職責的任務", source: { kind: "paragraph", paragraph: 2 } },
  ];
  const { diagnostics } = parseDocumentLines(lines);
  expect(diagnostics.every((d) => d.line >= 1 && d.line <= lines.length)).toBe(true);
});

/**
 * The committed fixtures, read without LibreOffice or a browser: every folder is complete, its
 * expected.json is what the parser makes of the source text today, its HTML is what the renderer
 * makes of that standard, and the Writer ODT and DOCX hold the iCAP tables with their merged
 * duty and task cells and a heading row that repeats on each page.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Standard } from "../../src/model";
import { FIXTURE_FILES, expectedJson } from "../../scripts/fixtures/produce";
import { renderDocument } from "../../scripts/fixtures/render-html";
import {
  FIXTURE_SOURCES,
  PRODUCED_DIR,
  ROOT,
  sourceStandard,
  type FixtureSource,
} from "../../scripts/fixtures/sources";
import { docxStructure, odtStructure, type Block, type RowShape } from "./support/document-structure";

const MAX_FIXTURES_BYTES = 3 * 1024 * 1024;

function standardOf(source: FixtureSource): Standard {
  return sourceStandard(source).standard;
}

function tables(blocks: readonly Block[]): RowShape[][] {
  return blocks.flatMap((block) => ("table" in block ? [block.table] : []));
}

/** The table whose first cell reads `heading`. */
function tableWith(blocks: readonly Block[], heading: string): RowShape[] {
  const found = tables(blocks).find((rows) => rows[0]?.cells[0]?.text === heading);
  if (!found) throw new Error(`no table headed ${heading}`);
  return found;
}

function bytesUnder(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? bytesUnder(path) : stat.size);
  }, 0);
}

/** The duty, task and indicator cells each main-table row must hold, derived from the standard. */
function expectedMainRows(standard: Standard, separator: string) {
  return standard.duties.flatMap((duty) => {
    const dutyRows = duty.tasks.reduce((sum, task) => sum + Math.max(task.blocks.length, 1), 0);
    return duty.tasks.flatMap((task, t) =>
      task.blocks.map((block, b) => ({
        duty: t === 0 && b === 0 ? { text: `${duty.code}${separator}${duty.name}`, rowSpan: dutyRows } : null,
        task: b === 0 ? { text: `${task.code}${separator}${task.name}`, rowSpan: task.blocks.length } : null,
        indicators: block.indicators.map((p) => `${p.code}${separator}${p.text}`).join("\n"),
      })),
    );
  });
}

const formats = [
  { file: "writer.odt", read: odtStructure },
  { file: "writer.docx", read: docxStructure },
] as const;

test("every source has a produced fixture folder and nothing else is there", () => {
  expect(readdirSync(PRODUCED_DIR).sort()).toEqual(FIXTURE_SOURCES.map((s) => s.name).sort());
});

test("the repository's fixtures stay under 3 MB", () => {
  expect(bytesUnder(join(ROOT, "tests", "fixtures"))).toBeLessThan(MAX_FIXTURES_BYTES);
});

describe.each(FIXTURE_SOURCES.map((source) => [source.name, source] as const))("%s", (_name, source) => {
  const dir = join(PRODUCED_DIR, source.name);
  const standard = standardOf(source);

  test("the source parses without errors", () => {
    const { diagnostics } = sourceStandard(source);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  test("the folder holds every file, each of its kind", () => {
    expect(readdirSync(dir).sort()).toEqual([...FIXTURE_FILES].sort());
    for (const pdf of ["writer.pdf", "chromium.pdf"]) {
      expect(readFileSync(join(dir, pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    for (const zip of ["writer.odt", "writer.docx"]) {
      expect(readFileSync(join(dir, zip)).subarray(0, 2).toString("latin1")).toBe("PK");
    }
  });

  test("expected.json is the standard the source text parses into today", () => {
    expect(readFileSync(join(dir, "expected.json"), "utf8")).toBe(expectedJson(standard));
  });

  test("document.html is the renderer's output for that standard", () => {
    expect(readFileSync(join(dir, "document.html"), "utf8")).toBe(renderDocument(standard, source.style));
  });

  describe.each(formats.map((format) => [format.file, format] as const))("%s", (_file, format) => {
    const blocks = format.read(readFileSync(join(dir, format.file)));
    const firstColumn = source.style.olderHeadings ? "工作任務" : "主要職責";

    test("starts with the title line as page text, before any table", () => {
      expect(blocks[0]).toEqual({ paragraph: standard.title });
    });

    test("the main table repeats its heading row and merges duty and task cells over their rows", () => {
      const main = tableWith(blocks, firstColumn);
      expect(main.map((row) => row.header)).toEqual(main.map((_, i) => i === 0));
      expect(main[0]!.cells.map((cell) => cell.text.split("\n")[0])).toEqual([
        firstColumn,
        source.style.olderHeadings ? "工作活動" : "工作任務",
        "工作產出",
        "行為指標",
        "職能",
        "職能內涵",
        "職能內涵",
      ]);
      const body = main.slice(1);
      const expected = expectedMainRows(standard, source.style.codeSeparator);
      expect(body).toHaveLength(expected.length);
      body.forEach((row, i) => {
        const want = expected[i]!;
        expect(row.cells).toHaveLength(7);
        const [duty, task, , indicators] = row.cells;
        expect(want.duty ? { text: duty!.text, rowSpan: duty!.rowSpan } : duty!.covered).toEqual(
          want.duty ?? true,
        );
        expect(want.task ? { text: task!.text, rowSpan: task!.rowSpan } : task!.covered).toEqual(
          want.task ?? true,
        );
        expect(indicators!.text).toBe(want.indicators);
      });
    });

    test("the version table, when the standard has versions, lists each under a repeated heading", () => {
      const versions = tables(blocks).find((rows) => rows[0]?.cells[0]?.text === "版本");
      expect(versions === undefined).toBe(standard.versions.length === 0);
      if (!versions) return;
      expect(versions.map((row) => row.header)).toEqual(versions.map((_, i) => i === 0));
      expect(versions.slice(1).map((row) => row.cells[1]!.text)).toEqual(
        standard.versions.map((v) => v.code),
      );
    });

    test("the header table merges its labels as the F3-3 form does", () => {
      const header = tableWith(blocks, "職能基準代碼");
      const visible = (row: RowShape) => row.cells.filter((cell) => !cell.covered);
      expect(visible(header[0]!).map((c) => [c.text, c.colSpan])).toEqual([
        ["職能基準代碼", 2],
        [standard.code, 4],
      ]);
      const category = header.find((row) => row.cells[0]!.text === "所屬\n類別")!;
      expect(category.cells[0]!.rowSpan).toBe(3);
      expect(visible(category).map((c) => c.text)).toEqual([
        "所屬\n類別",
        "職類別",
        standard.category.name,
        "職類別代碼",
        standard.category.code,
      ]);
    });

    test("attitudes follow under their own repeated heading, one or several to a row", () => {
      const attitudes = tables(blocks).find((rows) => rows[0]?.cells[0]?.text.includes("A=attitude"));
      const codes = attitudes!.slice(1).flatMap((row) => row.cells[0]!.text.match(/A\d{2}/g) ?? []);
      expect(codes).toEqual(standard.attitudes.map((a) => a.code));
    });
  });
});

test("attitudes without descriptions are printed several to a line, as older documents do", () => {
  const source = FIXTURE_SOURCES[0]!;
  const standard = standardOf(source);
  const bare = {
    ...standard,
    attitudes: [
      { code: "A01", name: "團隊合作", description: "" },
      { code: "A02", name: "主動積極", description: "" },
    ],
  };
  expect(renderDocument(bare, source.style)).toContain(">A01 團隊合作、A02 主動積極</p>");
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { changeRow, compareStandards } from "../../src/compare";
import { buildChangesSheet, CHANGES_TABLE_NAME, rangeAddress } from "../../src/layout";
import { parseStandard } from "../../src/parse";
import { writeWorkbook } from "../../src/xlsx";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { recalculatedValues } from "../helpers/libreoffice";
import { readBack, readConditionalFormats, readTable } from "./read-back";

const read = (file: string) =>
  parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "pdf-all", file), "utf8")).standard;
const older = read("old.txt");
const newer = read("new.txt");
const { changes } = compareStandards(new StandardIndex(older), new StandardIndex(newer));
const plan = buildChangesSheet(older, newer, changes, { locale: "en" });
const header = plan.tables[0]!.range.top;

describe("the changes sheet written by ExcelJS", () => {
  it("has the table with filters, one colour rule per kind of change, and the rows", async () => {
    const sheet = (await readBack((await writeWorkbook([plan])).bytes)).worksheets[0]!;
    expect(sheet.name).toBe("Changes IIS3512-001v2");
    const table = readTable(sheet, CHANGES_TABLE_NAME);
    expect(table.tableRef).toBe(rangeAddress(plan.tables[0]!.range));
    expect(table.columns.map((c) => [c.name, c.filterButton])).toEqual(
      ["Kind", "Old code", "New code", "Change", "Before", "After"].map((n) => [n, true]),
    );
    const rules = readConditionalFormats(sheet);
    expect(
      rules.map((r) => [r.ref, r.rules[0]!.type, (r.rules[0] as { formulae: string[] }).formulae]),
    ).toEqual(
      plan.conditionalFormats.map((f) => [
        rangeAddress(f.range),
        "expression",
        [f.rule.kind === "formula" ? f.rule.formula : ""],
      ]),
    );
    const rows = changes.map((_c, i) => sheet.getRow(header + 2 + i).values as unknown[]);
    expect(rows.map((r) => Array.from({ length: 6 }, (_v, j) => r[j + 1] ?? ""))).toEqual(
      changes.map((c) => changeRow(c, "en")),
    );
  });

  it("LibreOffice opens it and reads the summary and the rows", async () => {
    const rows = recalculatedValues((await writeWorkbook([plan])).bytes);
    expect(rows[2]!.slice(0, 6)).toEqual(["Summary", "", "Count", "Field", "Old version", "New version"]);
    expect(rows.slice(3, 10).map((r) => [r[0], r[2]])).toEqual([
      ["added", "1"],
      ["removed", "1"],
      ["renamed", "1"],
      ["level changed", "1"],
      ["moved", "1"],
      ["renumbered", "5"],
      ["Total", "10"],
    ]);
    expect(rows[3]!.slice(3, 6)).toEqual(["Standard code", "IIS3512-001v1", "IIS3512-001v2"]);
    expect(rows.slice(header + 1, header + 1 + changes.length).map((r) => r.slice(0, 6))).toEqual(
      changes.map((c) => changeRow(c, "en")),
    );
  });
});

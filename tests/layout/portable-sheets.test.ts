import { Catalog } from "../../src/catalog";
import { buildPortableSheets } from "../../src/layout/portable-sheets";
import type { PlanCell, SheetPlan } from "../../src/layout";
import { parseCellReference, parseRangeSize } from "../../src/portable";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;
const catalog = new Catalog();
catalog.add(cloud, "bundled");
catalog.add(service, "bundled");

function built(defaultStandard: string | null = "INM2521-001") {
  return buildPortableSheets({
    catalog,
    standards: new Set([cloud.code]),
    defaultStandard,
    locale: "en",
    existingSheetNames: ["Competency data"],
  });
}

/** The cells of a plan a range names ('Sheet'!$A$2:$B$9), row by row, as text. */
function cellsOf(plans: SheetPlan[], range: string): string[][] {
  const from = parseCellReference(range.split(":")[0]!)!;
  const size = parseRangeSize(range)!;
  const plan = plans.find((p) => p.name === from.sheet)!;
  const at = new Map(plan.cells.map((c: PlanCell) => [`${c.row}:${c.col}`, c]));
  return Array.from({ length: size.rows }, (_, r) =>
    Array.from({ length: size.columns }, (_, c) => {
      const value = at.get(`${from.row + r}:${from.col + c}`)?.value;
      if (!value) return "";
      if (value.kind === "formula") return `=${value.formula}`;
      return String(
        value.kind === "text" ? value.text : value.kind === "number" ? value.number : value.boolean,
      );
    }),
  );
}

test("the data sheet and the lookup sheet get names free in the workbook, and the ranges point into them", () => {
  const { plans, ranges } = built();
  expect(plans.map((p) => p.name)).toEqual(["Competency data (2)", "Competency lookups"]);
  expect(cellsOf(plans, ranges.defaultReference)).toEqual([["INM2521-001"]]);
  expect(new Set(cellsOf(plans, ranges.data.standard).flat())).toEqual(new Set([cloud.code]));
  expect(cellsOf(plans, ranges.data.items)[0]).toEqual([
    cloud.duties[0]!.tasks[0]!.blocks[0]!.outputs[0]!.code,
    cloud.duties[0]!.tasks[0]!.blocks[0]!.outputs[0]!.name,
  ]);
});

test("every way of naming a used standard resolves to its code; codes are found in every spelling", () => {
  const { plans, ranges } = built();
  const keys = cellsOf(plans, ranges.references.keys).flat();
  const codes = cellsOf(plans, ranges.references.codes).flat();
  expect(Object.fromEntries(keys.map((k, i) => [k, codes[i]]))).toEqual({
    [cloud.code]: cloud.code,
    "INM2521-001": cloud.code,
    [cloud.name]: cloud.code,
    [cloud.title]: cloud.code,
  });
  const codeKeys = cellsOf(plans, ranges.codes.keys).flat();
  expect(codeKeys).toEqual(
    expect.arrayContaining([`${cloud.code}|K01`, `${cloud.code}|K1`, `${cloud.code}|T1.1`]),
  );
  const levels = cellsOf(plans, ranges.codes.levels).flat();
  expect(levels[codeKeys.indexOf(`${cloud.code}|K01`)]).toMatch(/^\d$/);
  expect(levels[codeKeys.indexOf(`${cloud.code}|A01`)]).toBe("=NA()");
});

test("STANDARDS lists every loaded standard, empty fields as empty text, not blank cells that read as 0", () => {
  const { plans, ranges } = built(null);
  expect(cellsOf(plans, ranges.defaultReference)).toEqual([['=""']]);
  const rows = cellsOf(plans, ranges.standards.rows);
  expect(rows.map((r) => r[0])).toEqual([service.code, cloud.code]);
  expect(rows[0]).toContain('=""');
});

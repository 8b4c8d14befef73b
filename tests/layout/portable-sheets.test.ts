import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { Catalog } from "../../src/catalog";
import { callFunction } from "../../src/functions/dispatch";
import { parseStandard } from "../../src/parse";
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

test("the changes table holds each pair's changes as CHANGES returns them, keyed by the pair", () => {
  // The second version of seed 000, built from it by scripts/fixtures/version-pairs.ts.
  const v3 = parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "tab-all", "new.txt"), "utf8")).standard;
  const versions = new Catalog();
  versions.add(cloud, "bundled");
  versions.add(v3, "bundled");
  versions.add(service, "bundled");
  const context = { catalog: versions, defaultStandard: null, locale: "zh" as const };
  const answer = (older: string, newer: string) => {
    const result = callFunction("CHANGES", [older, newer], context);
    if (!result.ok || !Array.isArray(result.value)) throw new Error("no changes");
    return result.value.map((row) => [
      `${older}|${newer}`,
      ...row.map((v) => (v === "" ? '=""' : String(v))),
    ]);
  };
  const table = (changesFollowCells: boolean) => {
    const { plans, ranges } = buildPortableSheets({
      catalog: versions,
      standards: new Set([cloud.code, v3.code, service.code]),
      changePairs: new Set([`${cloud.code}|${v3.code}`]),
      changesFollowCells,
      defaultStandard: null,
      locale: "zh",
    });
    const keys = cellsOf(plans, ranges.changes.keys);
    const rows = cellsOf(plans, ranges.changes.rows);
    return keys.map((key, i) => [...key, ...rows[i]!]);
  };
  expect(table(false)).toEqual(answer(cloud.code, v3.code));
  // A cell may name either version first; another standard's versions are not paired with these.
  expect(table(true)).toEqual([...answer(cloud.code, v3.code), ...answer(v3.code, cloud.code)]);
});

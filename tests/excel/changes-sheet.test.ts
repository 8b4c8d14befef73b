import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { compareStandards } from "../../src/compare";
import { applySheetPlan } from "../../src/excel";
import { buildChangesSheet, rangeAddress } from "../../src/layout";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { FakeExcel } from "./fake-excel";
import { expectFakeMatchesPlan } from "./fake-matches-plan";

const read = (file: string) =>
  parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "tab-all", file), "utf8")).standard;

test("the changes sheet goes through Office.js as planned, in two syncs", async () => {
  const older = read("old.txt");
  const newer = read("new.txt");
  const { changes } = compareStandards(new StandardIndex(older), new StandardIndex(newer));
  const plan = buildChangesSheet(older, newer, changes);
  const excel = new FakeExcel();
  const applied = await applySheetPlan(excel.context, plan);
  expect(applied.syncs).toBe(2);
  expect(excel.syncs).toBe(2);
  expect(applied.name).toBe("版本比較 INM2521-001v3");
  const sheet = excel.sheet(applied.name);
  expectFakeMatchesPlan(sheet, plan);
  const body = rangeAddress(plan.conditionalFormats[0]!.range);
  // Six rules on one range; the fake keeps the last one's settings.
  expect(sheet.calls.filter((c) => c === `conditionalFormat(Custom,${body})`)).toHaveLength(6);
  expect(sheet.sets.get(`${body}|conditionalFormat[Custom].custom.rule.formula`)).toBe(
    `=$D${plan.tables[0]!.range.top + 2}="重新編號"`,
  );
});

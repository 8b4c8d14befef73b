import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { applySheetPlan } from "../../src/excel";
import { moveMatrixWorkbook, type TableOnSheet } from "../../src/excel/move-matrix-workbook";
import {
  buildStaffingMatrix,
  readStaffingMatrix,
  upgradeStaffingMatrix,
  type UpgradeSummary,
} from "../../src/layout/staffing-matrix";
import type { SheetPlan } from "../../src/layout";
import type { Result } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_003 } from "../helpers/seeds";
import { FakeExcel, type FakeOptions } from "./fake-excel";
import { expectFakeMatchesPlan } from "./fake-matches-plan";

const v1 = parseSeed(SEED_003).standard;
const v2 = parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "pdf-all", "new.txt"), "utf8")).standard;
const RATINGS: Record<string, number> = { "T1.1": 3, "T1.2": 2, "T2.1": 4, "T2.2": 1 };

/** A workbook holding a sheet of notes and a rated matrix on IIS3512-001v1. */
async function workbook(failOn?: RegExp) {
  const options: FakeOptions = { sheets: ["Notes"] };
  const excel = new FakeExcel(options);
  const built = buildStaffingMatrix({
    standards: [v1],
    people: ["王小明", "陳美玲"],
    ratings: (p, unit) => (p === 0 ? RATINGS[unit.code]! : null),
  });
  if (!built.ok) throw new Error(built.error.message.en);
  const { name } = await applySheetPlan(excel.context, built.value);
  // Failures are for the move, not for setting the workbook up.
  options.failOn = failOn;
  return { excel, name, syncsBefore: excel.syncs };
}

let plan: SheetPlan | null = null;
function decide(matrix: TableOnSheet): Result<{ plans: SheetPlan[]; detail: UpgradeSummary }> {
  const read = readStaffingMatrix(matrix.values, matrix.table, matrix.choicesAt);
  if (!read.ok) return read;
  const upgraded = upgradeStaffingMatrix(read.value, {
    older: new StandardIndex(v1),
    newer: new StandardIndex(v2),
    others: [],
  });
  if (!upgraded.ok) return upgraded;
  plan = upgraded.value.plan;
  return { ok: true, value: { plans: [upgraded.value.plan], detail: upgraded.value.summary } };
}

test("the matrix sheet is replaced in one step: three reads, the new sheet, the old one's deletion; name and table passed on", async () => {
  const { excel, name, syncsBefore } = await workbook();
  const moved = await moveMatrixWorkbook(excel.context, name, [], decide);
  if (!moved.ok) throw new Error(moved.error.message.en);
  expect(moved.value.syncs).toBe(3 + 2 + 1);
  expect(excel.syncs - syncsBefore).toBe(3 + 2 + 1);
  expect(moved.value.sheets).toEqual(["人員職能矩陣"]);
  expect(moved.value.detail).toMatchObject({ carried: ["T1.2→T2.3"], review: ["T2.2"] });
  expect(excel.state()).toEqual({
    sheets: ["Notes", "人員職能矩陣"],
    tables: ["StaffingMatrix"],
    active: "人員職能矩陣",
  });

  const sheet = excel.sheet("人員職能矩陣");
  expectFakeMatchesPlan(sheet, plan!);
  // The ratings read from the old sheet are under their new codes.
  const table = plan!.tables[0]!.range;
  const header = (code: string) =>
    plan!.cells.find(
      (c) => c.row === table.top && c.value?.kind === "text" && c.value.text === `IIS3512-001v2 ${code}`,
    )!.col;
  const rating = (code: string) => sheet.cells.get(`${table.top + 1}:${header(code)}`)?.number;
  expect(["T1.1", "T2.1", "T2.2", "T2.3"].map(rating)).toEqual([3, 4, 1, 2]);
  expect(sheet.cells.get(`${table.top + 2}:${header("T2.3")}`)).toBeUndefined();
});

test.each([
  ["a write of the new sheet fails", /conditionalFormats\.add/],
  ["deleting the old sheet fails", /^delete\(~人員職能矩陣\)$/],
])("atomic: when %s, the workbook is as it was", async (_what, failOn) => {
  const { excel, name } = await workbook(failOn);
  const before = excel.state();
  const cells = new Map(excel.sheet(name).cells);
  await expect(moveMatrixWorkbook(excel.context, name, [], decide)).rejects.toThrow(/InvalidArgument/);
  expect(excel.state()).toEqual(before);
  expect(excel.sheet(name).cells).toEqual(cells);
});

test("a sheet without a matrix, or a refusal, writes nothing", async () => {
  const { excel } = await workbook();
  const syncs = excel.syncs;
  const none = await moveMatrixWorkbook(excel.context, "Notes", [], decide);
  expect(none.ok || none.error.message.en).toBe('Sheet "Notes" holds no staffing matrix.');
  const refused = await moveMatrixWorkbook(excel.context, "人員職能矩陣", [], () => ({
    ok: false,
    error: { kind: "invalidArgument", message: { zh: "不", en: "no" } },
  }));
  expect(refused.ok).toBe(false);
  // Two reads find no matrix on Notes; three read the matrix the refusal is about.
  expect(excel.syncs - syncs).toBe(2 + 3);
  expect(excel.state().sheets).toEqual(["Notes", "人員職能矩陣"]);
});

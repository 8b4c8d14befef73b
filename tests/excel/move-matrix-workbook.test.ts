import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { applySheetPlan } from "../../src/excel";
import { moveMatrixWorkbook, type DecideMove } from "../../src/excel/move-matrix-workbook";
import {
  ASSESSMENT_TABLE_NAME,
  buildAssessmentWorkbook,
  DERIVED_TABLE_NAME,
  ratingSourceOf,
  readAssessment,
  TRAINING_TABLE_NAME,
  upgradeAssessmentWorkbook,
} from "../../src/layout/assessment";
import {
  buildStaffingMatrix,
  readStaffingMatrix,
  upgradeStaffingMatrix,
  type UpgradeSummary,
} from "../../src/layout/staffing-matrix";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_000 } from "../helpers/seeds";
import { FakeExcel, type FakeOptions } from "./fake-excel";

const v2 = parseSeed(SEED_000).standard;
const v3 = parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "tab-all", "new.txt"), "utf8")).standard;
const OTHERS = [ASSESSMENT_TABLE_NAME, DERIVED_TABLE_NAME, TRAINING_TABLE_NAME];
const SHEETS = ["人員職能矩陣", "職能評核", "職能等級", "培訓需求"];

/** Notes, then the assessment workbook on v2 with 王小明's self mark on P2.3.1 (renumbered P1.2.1 in v3). */
async function workbook(failOn?: RegExp) {
  const options: FakeOptions = { sheets: ["Notes"] };
  const excel = new FakeExcel(options);
  const built = buildAssessmentWorkbook({ standards: [v2], people: ["王小明", "陳美玲"], rating: "derived" });
  if (!built.ok) throw new Error(built.error.message.en);
  for (const plan of built.value) await applySheetPlan(excel.context, plan);
  const assessment = excel.sheet("職能評核");
  const header = [...assessment.cells].find(([, c]) => c.text === "INM2521-001v2 P2.3.1")![0];
  const [row, col] = header.split(":").map(Number) as [number, number];
  assessment.cells.set(`${row + 1}:${col}`, { text: "達成" });
  options.failOn = failOn;
  return { excel, syncsBefore: excel.syncs };
}

const decide: DecideMove<UpgradeSummary> = (matrix, others) => {
  const read = readStaffingMatrix(matrix.values, matrix.table, matrix.choicesAt);
  if (!read.ok) return read;
  const [assessment, derived, training] = OTHERS.map((t) => others[t]!);
  const moved = upgradeAssessmentWorkbook(
    read.value,
    readAssessment(assessment!.values, assessment!.table),
    ratingSourceOf(matrix.values),
    {
      older: new StandardIndex(v2),
      newer: new StandardIndex(v3),
      others: [],
      sheetNames: {
        matrix: matrix.sheet,
        assessment: assessment!.sheet,
        derived: derived!.sheet,
        training: training!.sheet,
      },
    },
  );
  return moved.ok ? { ok: true, value: { plans: moved.value.plans, detail: moved.value.indicators } } : moved;
};

test("the matrix and its three assessment sheets are replaced in one run: marks under their new codes", async () => {
  const { excel, syncsBefore } = await workbook();
  const moved = await moveMatrixWorkbook(excel.context, "人員職能矩陣", OTHERS, decide);
  if (!moved.ok) throw new Error(moved.error.message.en);
  // Three reads, two syncs per sheet written, one to delete the old sheets.
  expect(moved.value.syncs).toBe(3 + 4 * 2 + 1);
  expect(excel.syncs - syncsBefore).toBe(moved.value.syncs);
  expect(moved.value.sheets).toEqual(SHEETS);
  expect(moved.value.detail.carried).toContain("P2.3.1→P1.2.1");
  expect(excel.state()).toEqual({
    sheets: ["Notes", ...SHEETS],
    tables: ["StaffingMatrix", "Assessment", "DerivedLevels", "TrainingNeeds"],
    active: "人員職能矩陣",
  });
  const assessment = excel.sheet("職能評核");
  const header = [...assessment.cells].find(([, c]) => c.text === "INM2521-001v3 P1.2.1")![0];
  const [row, col] = header.split(":").map(Number) as [number, number];
  expect(assessment.cells.get(`${row + 1}:${col}`)?.text).toBe("達成");
  expect(assessment.cells.get(`${row + 2}:${col}`)).toBeUndefined();
  expect([...excel.sheet("人員職能矩陣").cells.values()].map((c) => c.text)).toContain(
    "人員職能矩陣 · INM2521-001v3 雲端架構工程人員",
  );
});

test.each([
  ["adding the third sheet fails", /^worksheets\.add\(職能等級\)$/],
  ["deleting the old sheets fails", /^delete\(~人員職能矩陣\)$/],
])("atomic: when %s, the workbook is as it was", async (_what, failOn) => {
  const { excel } = await workbook(failOn);
  const before = excel.state();
  const cells = SHEETS.map((name) => new Map(excel.sheet(name).cells));
  await expect(moveMatrixWorkbook(excel.context, "人員職能矩陣", OTHERS, decide)).rejects.toThrow();
  expect(excel.state()).toEqual(before);
  expect(SHEETS.map((name) => excel.sheet(name).cells)).toEqual(cells);
});

test("when only the last old sheet cannot go, the move is completed rather than half undone", async () => {
  const { excel } = await workbook(/^delete\(~培訓需求\)$/);
  await expect(moveMatrixWorkbook(excel.context, "人員職能矩陣", OTHERS, decide)).rejects.toThrow();
  expect(excel.state().sheets).toEqual(["Notes", "~培訓需求", ...SHEETS]);
  expect([...excel.sheet("職能評核").cells.values()].some((c) => c.text === "INM2521-001v3 P1.2.1")).toBe(
    true,
  );
});

test("a refusal writes nothing", async () => {
  const { excel, syncsBefore } = await workbook();
  const refused = await moveMatrixWorkbook(excel.context, "人員職能矩陣", OTHERS, () => ({
    ok: false,
    error: { kind: "invalidArgument", message: { zh: "不", en: "no" } },
  }));
  expect(refused.ok).toBe(false);
  expect(excel.syncs - syncsBefore).toBe(3);
  expect(excel.state().sheets).toEqual(["Notes", ...SHEETS]);
});

test("a matrix alone keeps its sheet, its rating scale (read from its dropdown) and its ratings", async () => {
  const excel = new FakeExcel({ sheets: ["Notes"] });
  const built = buildStaffingMatrix({
    standards: [v2],
    people: ["王小明"],
    scale: { min: 1, max: 5 },
    ratings: () => 5,
  });
  if (!built.ok) throw new Error(built.error.message.en);
  await applySheetPlan(excel.context, built.value);
  const moved = await moveMatrixWorkbook(excel.context, "人員職能矩陣", OTHERS, (matrix) => {
    const read = readStaffingMatrix(matrix.values, matrix.table, matrix.choicesAt);
    if (!read.ok) return read;
    expect(read.value.scale).toEqual({ min: 1, max: 5 });
    const upgraded = upgradeStaffingMatrix(read.value, {
      older: new StandardIndex(v2),
      newer: new StandardIndex(v3),
      others: [],
    });
    return upgraded.ok ? { ok: true, value: { plans: [upgraded.value.plan], detail: null } } : upgraded;
  });
  if (!moved.ok) throw new Error(moved.error.message.en);
  expect(moved.value.sheets).toEqual(["人員職能矩陣"]);
  expect(excel.state()).toEqual({
    sheets: ["Notes", "人員職能矩陣"],
    tables: ["StaffingMatrix"],
    active: "人員職能矩陣",
  });
  const rules = [...excel.sheet("人員職能矩陣").sets].filter(([k]) => k.endsWith("|dataValidation.rule"));
  expect(rules.map(([, rule]) => (rule as { list: { source: string } }).list.source)).toContain("1,2,3,4,5");
  expect(rules.map(([, rule]) => (rule as { list: { source: string } }).list.source)).not.toContain(
    "0,1,2,3,4,5,6",
  );
});

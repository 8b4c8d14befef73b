import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { cellAddress, type SheetPlan } from "../../src/layout";
import {
  buildAssessmentWorkbook,
  ratingSourceOf,
  readAssessment,
  upgradeAssessmentWorkbook,
  type RatingSource,
} from "../../src/layout/assessment";
import { MATRIX_FILLS, readStaffingMatrix, type SheetValue } from "../../src/layout/staffing-matrix";
import type { Standard } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_000 } from "../helpers/seeds";

const cloud = parseSeed(SEED_000).standard;
const tabAll = parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "tab-all", "new.txt"), "utf8")).standard;

/** The seed's next version with one indicator of T1.1 removed (P1.1.2) and one reworded (P1.1.3). */
function withIndicatorChanges(standard: Standard): Standard {
  const next = structuredClone(standard);
  next.code = standard.code.replace(/v\d+$/, "v3");
  const block = next.duties[0]!.tasks[0]!.blocks[0]!;
  block.indicators = block.indicators
    .filter((i) => i.code !== "P1.1.2")
    .map((i) => (i.code === "P1.1.3" ? { ...i, text: `${i.text}，並留存紀錄` } : i));
  return next;
}

/** What a sheet gives back for a plan: text and numbers (formulas have no cached value here). */
function valuesOf(plan: SheetPlan): SheetValue[][] {
  const values: SheetValue[][] = [];
  for (const cell of plan.cells) {
    const v = cell.value;
    (values[cell.row] ??= [])[cell.col] =
      v === null ? null : v.kind === "text" ? v.text : v.kind === "number" ? v.number : null;
  }
  return Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null));
}

const headerCol = (plan: SheetPlan, row: number, text: string) =>
  plan.cells.find((c) => c.row === row && c.value?.kind === "text" && c.value.text === text)?.col;

/** An assessment workbook on the seed with 甲's self marks all met, 乙's manager marks all not met. */
function marked(rating: RatingSource) {
  const built = buildAssessmentWorkbook({
    standards: [cloud],
    people: ["甲", "乙"],
    available: [true, false],
    rating,
  });
  if (!built.ok) throw new Error(built.error.message.en);
  const [matrix, assessment] = built.value;
  const table = assessment!.tables[0]!.range;
  const values = valuesOf(assessment!);
  for (let col = table.left; col <= table.right; col++) {
    if (!/ P\d/.test(String(values[table.top]![col]))) continue;
    values[table.top + 1]![col] = "達成";
    values[table.top + 4]![col] = "未達成";
  }
  const matrixRead = readStaffingMatrix(valuesOf(matrix!), matrix!.tables[0]!.range);
  if (!matrixRead.ok) throw new Error(matrixRead.error.message.en);
  return {
    matrix: matrixRead.value,
    matrixValues: valuesOf(matrix!),
    assessment: readAssessment(values, table),
    names: built.value.map((p) => p.name),
  };
}

function moved(rating: RatingSource, newer: Standard) {
  const read = marked(rating);
  const [matrix, assessment, derived, training] = read.names;
  const result = upgradeAssessmentWorkbook(read.matrix, read.assessment, ratingSourceOf(read.matrixValues), {
    older: new StandardIndex(cloud),
    newer: new StandardIndex(newer),
    others: [],
    sheetNames: { matrix: matrix!, assessment: assessment!, derived: derived!, training: training! },
  });
  if (!result.ok) throw new Error(result.error.message.en);
  return { ...result.value, read };
}

test("an assessment is read back by its headers and rater rows", () => {
  const { assessment } = marked("typed");
  expect(assessment.indicators.slice(0, 2)).toEqual([
    { standardCode: "INM2521-001v2", code: "P1.1.1" },
    { standardCode: "INM2521-001v2", code: "P1.1.2" },
  ]);
  expect(assessment.people[0]!.self.get("INM2521-001v2 P1.1.1")).toBe("met");
  expect(assessment.people[0]!.manager.size).toBe(0);
  expect(assessment.people[1]!.manager.get("INM2521-001v2 P2.3.3")).toBe("notMet");
  expect(assessment.people[1]!.self.size).toBe(0);
});

test("renumbered indicators carry their marks to the new code; the four sheets keep their names", () => {
  const { plans, indicators, read } = moved("typed", tabAll);
  expect(plans.map((p) => p.name)).toEqual(read.names);
  expect(indicators.carried).toEqual(["P2.3.1→P1.2.1", "P2.3.2→P1.2.2", "P2.3.3→P1.2.3"]);
  expect(indicators.archived).toEqual([]);
  const assessment = plans[1]!;
  const table = assessment.tables[0]!.range;
  const markAt = (row: number, header: string) => {
    const col = headerCol(assessment, table.top, header)!;
    const cell = assessment.cells.find((c) => c.row === row && c.col === col);
    return cell?.value?.kind === "text" ? cell.value.text : null;
  };
  expect(markAt(table.top + 1, "INM2521-001v3 P1.2.1")).toBe("達成");
  expect(markAt(table.top + 4, "INM2521-001v3 P1.2.3")).toBe("未達成");
  expect(markAt(table.top + 2, "INM2521-001v3 P1.2.3")).toBeNull();
  expect(markAt(table.top + 1, "INM2521-001v3 P1.1.1")).toBe("達成");
  // The note on the move sits right of the table.
  expect(assessment.cells.find((c) => c.row === 3 && c.col === table.right + 2)?.value).toEqual({
    kind: "text",
    text: "已由 INM2521-001v2 移至 INM2521-001v3：評核隨行為指標保留；橘色指標的文字或級別已變更，評核保留，請複核。",
  });
  // The typed matrix keeps its people's availability.
  const matrix = plans[0]!;
  const mTable = matrix.tables[0]!.range;
  expect(matrix.cells.find((c) => c.row === mTable.top + 2 && c.col === mTable.right)?.value).toEqual({
    kind: "text",
    text: "否",
  });
});

test("removed indicators go to archive columns, reworded ones keep their marks and are flagged", () => {
  const { plans, indicators } = moved("derived", withIndicatorChanges(cloud));
  expect(indicators.archived).toEqual(["P1.1.2"]);
  expect(indicators.review).toEqual(["P1.1.3"]);
  const assessment = plans[1]!;
  const table = assessment.tables[0]!.range;
  const archiveCol = headerCol(assessment, table.top, "INM2521-001v2 P1.1.2")!;
  expect(archiveCol).toBeGreaterThan(table.right);
  const at = (row: number, col: number) =>
    assessment.cells.find((c) => c.row === row && c.col === col)?.value;
  expect([1, 2, 3, 4].map((r) => at(table.top + r, archiveCol))).toEqual([
    { kind: "text", text: "達成" },
    null,
    null,
    { kind: "text", text: "未達成" },
  ]);
  const flagged = assessment.cells.filter((c) => assessment.styles[c.style]!.fill === MATRIX_FILLS.review);
  expect(flagged.map((c) => c.value)).toEqual([
    { kind: "text", text: expect.stringMatching(/^P1\.1\.3 .*，並留存紀錄$/) },
  ]);
  expect(at(table.top + 1, headerCol(assessment, table.top, "INM2521-001v3 P1.1.3")!)).toEqual({
    kind: "text",
    text: "達成",
  });
  // The derived matrix points at the rebuilt derived levels.
  const matrix = plans[0]!;
  const mTable = matrix.tables[0]!.range;
  const rating = matrix.cells.find((c) => c.row === mTable.top + 1 && c.col === 2)!;
  expect(rating.value).toEqual({ kind: "formula", formula: `'${plans[2]!.name}'!${cellAddress(3, 2)}` });
});

test("an assessment that does not belong to the matrix is refused", () => {
  const read = marked("typed");
  const result = upgradeAssessmentWorkbook(
    read.matrix,
    { ...read.assessment, people: read.assessment.people.slice(1) },
    "typed",
    {
      older: new StandardIndex(cloud),
      newer: new StandardIndex(tabAll),
      others: [],
      sheetNames: { matrix: "a", assessment: "b", derived: "c", training: "d" },
    },
  );
  expect(result.ok || result.error.message.en).toBe(
    "The assessment has 1 people and the matrix 2: they do not belong together.",
  );
});

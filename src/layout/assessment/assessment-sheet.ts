import type { Indicator, Locale } from "../../model";
import { cellAddress } from "../a1";
import { SheetPlanBuilder } from "../plan-builder";
import { LANDSCAPE_A4_FIT_WIDTH } from "../print";
import { layoutFormula, type SheetPlan } from "../sheet-plan";
import { matrixLabel, type MatrixGeometry } from "../staffing-matrix";
import { raterLevel, type TaskMarks } from "./formulas";
import type { AssessedTask } from "./indicator-columns";
import { assessmentLabel } from "./labels";
import { putPersonCells, putSheetHeading } from "./sheet-parts";
import { ASSESSMENT_FILLS, ASSESSMENT_STYLES } from "./styles";

export const ASSESSMENT_TABLE_NAME = "Assessment";

/** Where the assessment sheet puts things, for the sheets that read it. */
export interface AssessmentGeometry {
  dataTop: number;
  marks: TaskMarks[];
  /** Per task: the column of each rater row's level on it. */
  levelCols: number[];
}

/** A rater's mark on one indicator. */
export type Mark = "met" | "notMet";

/** Marks already given (an assessment moved to a new version), and indicators to check again. */
export interface GivenMarks {
  mark: (person: number, manager: boolean, task: AssessedTask, indicator: Indicator) => Mark | null;
  review: (task: AssessedTask, indicator: Indicator) => boolean;
}

export interface AssessmentSheetInput {
  name: string;
  tasks: readonly AssessedTask[];
  people: number;
  matrixSheet: string;
  matrix: MatrixGeometry;
  locale: Locale;
  given?: GivenMarks;
}

const FIRST_MARK_COL = 3;
const HEADER_ROW = 5;

export function assessmentGeometry(tasks: readonly AssessedTask[]): AssessmentGeometry {
  let col = FIRST_MARK_COL;
  const marks = tasks.map((t) => {
    const placed = { firstCol: col, width: t.indicators.length, blocks: t.blocks };
    col += t.indicators.length;
    return placed;
  });
  return { dataTop: HEADER_ROW + 1, marks, levelCols: tasks.map((_t, i) => col + i) };
}

/** A person's self row, then their manager's row. */
export function raterRow(geometry: AssessmentGeometry, person: number, manager: boolean): number {
  return geometry.dataTop + person * 2 + (manager ? 1 : 0);
}

/**
 * One row per person and rater, one dropdown column per behaviour indicator grouped under its
 * task, and each rater's level per task. Names and roles mirror the matrix's people table.
 */
export function buildAssessmentSheet(input: AssessmentSheetInput): {
  plan: SheetPlan;
  geometry: AssessmentGeometry;
} {
  const { tasks, locale, matrix } = input;
  const geometry = assessmentGeometry(tasks);
  const lastMarkCol = FIRST_MARK_COL + tasks.reduce((n, t) => n + t.indicators.length, 0) - 1;
  const lastCol = geometry.levelCols.at(-1)!;
  const widths = [16, 20, 8, ...tasks.flatMap((t) => t.indicators.map(() => 14)), ...tasks.map(() => 12)];
  const builder = new SheetPlanBuilder(input.name, ASSESSMENT_STYLES, widths);
  const label = (key: Parameters<typeof assessmentLabel>[0]) => assessmentLabel(key, locale);
  putSheetHeading(builder, label("assessmentTitle"), label("assessmentLegend"), lastCol);

  tasks.forEach((t, i) => {
    const marks = geometry.marks[i]!;
    if (marks.width > 0)
      builder.block(
        { top: 2, left: marks.firstCol, bottom: 2, right: marks.firstCol + marks.width - 1 },
        `${t.standard.code} ${t.task.code} ${t.task.name}`,
        "taskHeader",
      );
    t.indicators.forEach((indicator, c) => {
      builder.put(3, marks.firstCol + c, `${label("level")} ${t.indicatorLevels[c]}`, "level");
      const style = input.given?.review(t, indicator) ? "indicatorReview" : "indicator";
      builder.put(4, marks.firstCol + c, `${indicator.code} ${indicator.text}`, style);
    });
  });
  builder.block(
    { top: 2, left: geometry.levelCols[0]!, bottom: 4, right: lastCol },
    label("levelsByRater"),
    "taskHeader",
  );

  const headers = [
    assessmentLabel("rater", locale),
    ...tasks.flatMap((t) => t.indicators.map((indicator) => `${t.standard.code} ${indicator.code}`)),
    ...tasks.map((t) => `${t.standard.code} ${t.task.code} ${label("level")}`),
  ];
  builder.row(
    HEADER_ROW,
    0,
    [matrixLabel("name", locale), matrixLabel("role", locale), ...headers],
    "tableHeader",
  );

  for (let p = 0; p < input.people; p++) {
    const matrixRow = matrix.dataTop + p;
    [false, true].forEach((manager) => {
      const row = raterRow(geometry, p, manager);
      putPersonCells(builder, row, input.matrixSheet, matrixRow, matrix);
      builder.put(row, 2, label(manager ? "manager" : "self"), "person");
      tasks.forEach((t, i) =>
        t.indicators.forEach((indicator, c) => {
          const mark = input.given?.mark(p, manager, t, indicator) ?? null;
          builder.put(row, geometry.marks[i]!.firstCol + c, mark && label(mark), "rating");
        }),
      );
      geometry.marks.forEach((marks, i) =>
        builder.put(
          row,
          geometry.levelCols[i]!,
          { kind: "formula", formula: raterLevel(row, marks, label("met")) },
          "number",
        ),
      );
    });
  }
  const dataBottom = geometry.dataTop + input.people * 2 - 1;
  builder.table({
    name: ASSESSMENT_TABLE_NAME,
    range: { top: HEADER_ROW, left: 0, bottom: dataBottom, right: lastCol },
    style: "TableStyleLight1",
    bandedRows: false,
    autoFilter: true,
  });
  if (lastMarkCol >= FIRST_MARK_COL) {
    const marksRange = {
      top: geometry.dataTop,
      left: FIRST_MARK_COL,
      bottom: dataBottom,
      right: lastMarkCol,
    };
    builder.validation({
      range: marksRange,
      kind: "list",
      values: [label("met"), label("notMet")],
      allowBlank: true,
      prompt: label("markPrompt"),
    });
    const corner = cellAddress(geometry.dataTop, FIRST_MARK_COL);
    builder.conditionalFormat({
      range: marksRange,
      rule: { kind: "formula", formula: layoutFormula(`${corner}="${label("met")}"`) },
      fill: ASSESSMENT_FILLS.met,
    });
    builder.conditionalFormat({
      range: marksRange,
      rule: { kind: "formula", formula: layoutFormula(`${corner}="${label("notMet")}"`) },
      fill: ASSESSMENT_FILLS.notMet,
    });
  }
  builder.freeze({ rows: geometry.dataTop, columns: FIRST_MARK_COL });
  builder.print({ ...LANDSCAPE_A4_FIT_WIDTH, fitToWidth: 0, repeatRows: { first: 2, last: HEADER_ROW } });
  return { plan: builder.build(), geometry };
}

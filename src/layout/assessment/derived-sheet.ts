import type { Locale } from "../../model";
import { cellAddress } from "../a1";
import { SheetPlanBuilder } from "../plan-builder";
import { LANDSCAPE_A4_FIT_WIDTH } from "../print";
import { layoutFormula, type SheetPlan } from "../sheet-plan";
import { matrixLabel, type MatrixGeometry } from "../staffing-matrix";
import { raterRow, type AssessmentGeometry } from "./assessment-sheet";
import { disagreement, mergedLevel, sheetPrefix } from "./formulas";
import type { AssessedTask } from "./indicator-columns";
import { assessmentLabel } from "./labels";
import { putPersonCells, putSheetHeading } from "./sheet-parts";
import { ASSESSMENT_FILLS, ASSESSMENT_STYLES } from "./styles";

export const DERIVED_TABLE_NAME = "DerivedLevels";

export interface DerivedSheetInput {
  name: string;
  tasks: readonly AssessedTask[];
  people: number;
  matrixSheet: string;
  matrix: MatrixGeometry;
  assessmentSheet: string;
  assessment: AssessmentGeometry;
  locale: Locale;
}

export interface DerivedGeometry {
  dataTop: number;
  /** Column of the derived level of task i. */
  levelCol(task: number): number;
}

const HEADER_ROW = 2;
const FIRST_LEVEL_COL = 2;

export function derivedGeometry(): DerivedGeometry {
  return { dataTop: HEADER_ROW + 1, levelCol: (task) => FIRST_LEVEL_COL + task };
}

/**
 * One row per person: their level on each task from the merged marks (manager first), and a flag
 * per task where the self and manager levels differ.
 */
export function buildDerivedSheet(input: DerivedSheetInput): SheetPlan {
  const { tasks, locale, assessment } = input;
  const geometry = derivedGeometry();
  const firstFlagCol = FIRST_LEVEL_COL + tasks.length;
  const lastCol = firstFlagCol + tasks.length - 1;
  const label = (key: Parameters<typeof assessmentLabel>[0]) => assessmentLabel(key, locale);
  const builder = new SheetPlanBuilder(input.name, ASSESSMENT_STYLES, [
    16,
    20,
    ...tasks.map(() => 12),
    ...tasks.map(() => 14),
  ]);
  putSheetHeading(builder, label("derivedTitle"), label("derivedLegend"), lastCol);
  builder.row(
    HEADER_ROW,
    0,
    [
      matrixLabel("name", locale),
      matrixLabel("role", locale),
      ...tasks.map((t) => `${t.standard.code} ${t.task.code}`),
      ...tasks.map((t) => `${t.standard.code} ${t.task.code} ${label("selfVsManager")}`),
    ],
    "tableHeader",
  );
  const prefix = sheetPrefix(input.assessmentSheet);
  for (let p = 0; p < input.people; p++) {
    const row = geometry.dataTop + p;
    const matrixRow = input.matrix.dataTop + p;
    putPersonCells(builder, row, input.matrixSheet, matrixRow, input.matrix);
    const selfRow = raterRow(assessment, p, false);
    const managerRow = raterRow(assessment, p, true);
    tasks.forEach((_t, i) => {
      const marks = assessment.marks[i]!;
      const level = mergedLevel(input.assessmentSheet, selfRow, managerRow, marks, label("met"));
      builder.put(row, geometry.levelCol(i), { kind: "formula", formula: level }, "number");
      const levelCol = assessment.levelCols[i]!;
      const flag = disagreement(
        `${prefix}${cellAddress(selfRow, levelCol)}`,
        `${prefix}${cellAddress(managerRow, levelCol)}`,
        label("differs"),
      );
      builder.put(row, firstFlagCol + i, { kind: "formula", formula: flag }, "flag");
    });
  }
  const dataBottom = geometry.dataTop + input.people - 1;
  builder.table({
    name: DERIVED_TABLE_NAME,
    range: { top: HEADER_ROW, left: 0, bottom: dataBottom, right: lastCol },
    style: "TableStyleLight1",
    bandedRows: false,
    autoFilter: true,
  });
  builder.conditionalFormat({
    range: { top: geometry.dataTop, left: FIRST_LEVEL_COL, bottom: dataBottom, right: firstFlagCol - 1 },
    rule: {
      kind: "colorScale",
      min: { value: 0, color: ASSESSMENT_FILLS.levelLow },
      max: {
        value: Math.max(1, ...tasks.flatMap((t) => t.blocks.map((b) => b.level))),
        color: ASSESSMENT_FILLS.levelHigh,
      },
    },
  });
  const flags = { top: geometry.dataTop, left: firstFlagCol, bottom: dataBottom, right: lastCol };
  builder.conditionalFormat({
    range: flags,
    rule: { kind: "formula", formula: layoutFormula(`${cellAddress(geometry.dataTop, firstFlagCol)}<>""`) },
    fill: ASSESSMENT_FILLS.differs,
  });
  builder.freeze({ rows: geometry.dataTop, columns: FIRST_LEVEL_COL });
  builder.print({ ...LANDSCAPE_A4_FIT_WIDTH, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } });
  return builder.build();
}

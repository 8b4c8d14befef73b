import type { Locale } from "../../model";
import { cellAddress, columnLetters } from "../a1";
import { SheetPlanBuilder } from "../plan-builder";
import { LANDSCAPE_A4_FIT_WIDTH } from "../print";
import { layoutFormula, type SheetPlan } from "../sheet-plan";
import { matrixLabel, type MatrixGeometry } from "../staffing-matrix";
import { belowRequirement, itemNeeded, itemRank, joinedList, nonBlankCount, rankedValue } from "./formulas";
import type { AssessedTask, TrainingItem } from "./indicator-columns";
import { assessmentLabel } from "./labels";
import { putPersonCells, putSheetHeading } from "./sheet-parts";
import { ASSESSMENT_FILLS, ASSESSMENT_STYLES } from "./styles";

export const TRAINING_TABLE_NAME = "TrainingNeeds";

export interface TrainingSheetInput {
  name: string;
  tasks: readonly AssessedTask[];
  items: readonly TrainingItem[];
  people: number;
  matrixSheet: string;
  matrix: MatrixGeometry;
  locale: Locale;
}

const LABEL_ROW = 2;
const COUNT_ROW = 3;
const RANK_ROW = 4;
const HEADER_ROW = 5;
const DATA_TOP = HEADER_ROW + 1;
const FIRST_BELOW_COL = 2;

export interface TrainingGeometry {
  dataTop: number;
  labelRow: number;
  countRow: number;
  rankRow: number;
  firstItemCol: number;
  lastItemCol: number;
  countCol: number;
  listCol: number;
  /** First row of the ranked list (below the table); rank, item and count in columns 0–2. */
  rankingTop: number;
}

export function trainingGeometry(tasks: number, items: number, people: number): TrainingGeometry {
  const firstItemCol = FIRST_BELOW_COL + tasks;
  const lastItemCol = firstItemCol + items - 1;
  return {
    dataTop: DATA_TOP,
    labelRow: LABEL_ROW,
    countRow: COUNT_ROW,
    rankRow: RANK_ROW,
    firstItemCol,
    lastItemCol,
    countCol: lastItemCol + 1,
    listCol: lastItemCol + 2,
    rankingTop: DATA_TOP + people + 2,
  };
}

/**
 * Per person: which tasks fall below their role's requirement, the K/S items of those tasks, their
 * count and list. Per item: how many people need it, ranked below the table.
 */
export function buildTrainingSheet(input: TrainingSheetInput): SheetPlan {
  const { tasks, items, locale, matrix } = input;
  const g = trainingGeometry(tasks.length, items.length, input.people);
  const label = (key: Parameters<typeof assessmentLabel>[0]) => assessmentLabel(key, locale);
  const builder = new SheetPlanBuilder(input.name, ASSESSMENT_STYLES, [
    16,
    24,
    ...tasks.map(() => 10),
    ...items.map(() => 14),
    10,
    48,
  ]);
  putSheetHeading(builder, label("trainingTitle"), label("trainingLegend"), g.listCol);

  builder.block({ top: COUNT_ROW, left: 0, bottom: COUNT_ROW, right: 1 }, label("peopleNeeding"), "label");
  builder.block({ top: RANK_ROW, left: 0, bottom: RANK_ROW, right: 1 }, label("rank"), "label");
  tasks.forEach((t, i) =>
    builder.put(LABEL_ROW, FIRST_BELOW_COL + i, `${t.task.code} ${t.task.name}`, "item"),
  );
  const dataBottom = DATA_TOP + input.people - 1;
  items.forEach(({ item }, k) => {
    const col = g.firstItemCol + k;
    builder.put(LABEL_ROW, col, `${item.code} ${item.name}`, "item");
    const letters = columnLetters(col);
    const count = nonBlankCount(`${letters}${DATA_TOP + 1}:${letters}${dataBottom + 1}`);
    builder.put(COUNT_ROW, col, { kind: "formula", formula: count }, "count");
    builder.put(
      RANK_ROW,
      col,
      { kind: "formula", formula: itemRank(COUNT_ROW, col, g.firstItemCol, g.lastItemCol) },
      "count",
    );
  });

  builder.row(
    HEADER_ROW,
    0,
    [
      matrixLabel("name", locale),
      matrixLabel("role", locale),
      ...tasks.map((t) => `${t.standard.code} ${t.task.code} ${label("below")}`),
      ...items.map(({ standard, item }) => `${standard.code} ${item.code}`),
      label("needCount"),
      label("needList"),
    ],
    "tableHeader",
  );
  const cells = { sheet: input.matrixSheet, ...matrix };
  for (let p = 0; p < input.people; p++) {
    const row = DATA_TOP + p;
    const matrixRow = matrix.dataTop + p;
    putPersonCells(builder, row, input.matrixSheet, matrixRow, matrix);
    tasks.forEach((_t, i) => {
      const below = belowRequirement(cells, matrixRow, matrix.firstUnitCol + i);
      builder.put(row, FIRST_BELOW_COL + i, { kind: "formula", formula: below }, "number");
    });
    items.forEach((entry, k) => {
      const col = g.firstItemCol + k;
      const labelCell = `${columnLetters(col)}$${LABEL_ROW + 1}`;
      const needed = itemNeeded(
        row,
        entry.tasks.map((i) => FIRST_BELOW_COL + i),
        labelCell,
      );
      builder.put(row, col, { kind: "formula", formula: needed }, "item");
    });
    const span = `${cellAddress(row, g.firstItemCol)}:${cellAddress(row, g.lastItemCol)}`;
    builder.put(row, g.countCol, { kind: "formula", formula: nonBlankCount(span) }, "number");
    const list = joinedList(row, g.firstItemCol, g.lastItemCol, label("listSeparator"));
    builder.put(row, g.listCol, { kind: "formula", formula: list }, "item");
  }
  builder.table({
    name: TRAINING_TABLE_NAME,
    range: { top: HEADER_ROW, left: 0, bottom: dataBottom, right: g.listCol },
    style: "TableStyleLight1",
    bandedRows: false,
    autoFilter: true,
  });
  builder.conditionalFormat({
    range: { top: DATA_TOP, left: g.firstItemCol, bottom: dataBottom, right: g.lastItemCol },
    rule: { kind: "formula", formula: layoutFormula(`${cellAddress(DATA_TOP, g.firstItemCol)}<>""`) },
    fill: ASSESSMENT_FILLS.needed,
  });

  builder.conditionalFormat({
    range: { top: COUNT_ROW, left: g.firstItemCol, bottom: COUNT_ROW, right: g.lastItemCol },
    rule: { kind: "dataBar", color: ASSESSMENT_FILLS.countBar, min: 0, max: input.people },
  });

  const top = g.rankingTop;
  builder.put(top - 1, 0, label("teamRanking"), "summaryHeader");
  builder.row(top, 0, [label("rank"), label("item"), label("peopleNeeding")], "summaryHeader");
  items.forEach((_item, k) => {
    const row = top + 1 + k;
    const rankCell = `$A${row + 1}`;
    builder.put(row, 0, k + 1, "number");
    const item = rankedValue(rankCell, RANK_ROW, LABEL_ROW, g.firstItemCol, g.lastItemCol);
    builder.put(row, 1, { kind: "formula", formula: item }, "item");
    const count = rankedValue(rankCell, RANK_ROW, COUNT_ROW, g.firstItemCol, g.lastItemCol);
    builder.put(row, 2, { kind: "formula", formula: count }, "number");
  });
  builder.freeze({ rows: DATA_TOP, columns: FIRST_BELOW_COL });
  builder.print({
    ...LANDSCAPE_A4_FIT_WIDTH,
    fitToWidth: 0,
    repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
  });
  return builder.build();
}

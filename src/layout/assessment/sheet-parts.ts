import type { SheetPlanBuilder } from "../plan-builder";
import type { MatrixGeometry } from "../staffing-matrix";
import { COLORS } from "../theme";
import { mirror } from "./formulas";
import type { ASSESSMENT_STYLES } from "./styles";

type AssessmentBuilder = SheetPlanBuilder<keyof typeof ASSESSMENT_STYLES>;

/** What every assessment sheet opens with: its tab colour, a title row and a legend row (up to column `legendRight`, at most M). */
export function putSheetHeading(
  builder: AssessmentBuilder,
  title: string,
  legend: string,
  legendRight: number,
): void {
  builder.tabColor(COLORS.tab);
  builder.put(0, 0, title, "title");
  builder.rowHeight(0, 26);
  builder.block({ top: 1, left: 0, bottom: 1, right: Math.min(legendRight, 12) }, legend, "legend");
}

/** A person's name and role in columns A and B of `row`, mirrored from their row of the matrix. */
export function putPersonCells(
  builder: AssessmentBuilder,
  row: number,
  matrixSheet: string,
  matrixRow: number,
  matrix: Pick<MatrixGeometry, "nameCol" | "roleCol">,
): void {
  builder.put(row, 0, { kind: "formula", formula: mirror(matrixSheet, matrixRow, matrix.nameCol) }, "person");
  builder.put(row, 1, { kind: "formula", formula: mirror(matrixSheet, matrixRow, matrix.roleCol) }, "person");
}

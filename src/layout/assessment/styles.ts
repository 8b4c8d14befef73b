import type { CellStyle, Color } from "../sheet-plan";
import { MATRIX_FILLS, MATRIX_STYLES } from "../staffing-matrix/styles";
import { COLORS, font } from "../theme";

export const ASSESSMENT_FILLS = {
  met: "#C6EFCE",
  notMet: "#F8CBAD",
  differs: "#FFEB9C",
  needed: "#FCE4D6",
  levelLow: "#FFFFFF",
  levelHigh: "#63BE7B",
  countBar: "#ED7D31",
} satisfies Record<string, Color>;

const thin = { weight: "thin", color: COLORS.grid } as const;
const boxed = { top: thin, bottom: thin, left: thin, right: thin };

export const ASSESSMENT_STYLES = {
  ...MATRIX_STYLES,
  taskHeader: {
    font: font({ bold: true }),
    fill: COLORS.labelFill,
    borders: boxed,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  },
  indicator: {
    font: font({ size: 8 }),
    borders: boxed,
    alignment: { horizontal: "left", vertical: "top", wrap: true },
  },
  indicatorReview: {
    font: font({ size: 8 }),
    fill: MATRIX_FILLS.review,
    borders: boxed,
    alignment: { horizontal: "left", vertical: "top", wrap: true },
  },
  item: { font: font({ size: 9 }), borders: boxed, alignment: { vertical: "middle", wrap: true } },
} satisfies Record<string, CellStyle>;

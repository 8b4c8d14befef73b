import type { BorderSide, CellStyle, Color } from "../sheet-plan";
import { COLORS, font } from "../theme";

/** Fills of the rating cells: below the requirement, meeting it, not required; and the risk flag. */
export const MATRIX_FILLS = {
  below: "#F8CBAD",
  meets: "#C6EFCE",
  notRequired: "#E7E6E6",
  risk: "#FFEB9C",
  /** A unit carried over from an earlier version whose name or level changed: check its ratings. */
  review: "#F4B183",
  coverageBar: "#5B9BD5",
} satisfies Record<string, Color>;

const thin: BorderSide = { weight: "thin", color: COLORS.grid };
const boxed = { top: thin, bottom: thin, left: thin, right: thin };
const centred = { horizontal: "center", vertical: "middle" } as const;

export const MATRIX_STYLES = {
  title: { font: font({ size: 16, bold: true, color: COLORS.accent }), alignment: { vertical: "middle" } },
  legend: { font: font({ italic: true, color: COLORS.muted }), alignment: { vertical: "top", wrap: true } },
  label: {
    font: font({ bold: true }),
    fill: COLORS.labelFill,
    borders: boxed,
    alignment: { vertical: "middle", wrap: true },
  },
  unitCode: { font: font({ bold: true }), fill: COLORS.labelFill, borders: boxed, alignment: centred },
  unitCodeReview: {
    font: font({ bold: true }),
    fill: MATRIX_FILLS.review,
    borders: boxed,
    alignment: centred,
  },
  unitName: {
    font: font({ size: 9 }),
    borders: boxed,
    alignment: { horizontal: "center", vertical: "top", wrap: true },
  },
  unitStandard: {
    font: font({ size: 8, color: COLORS.muted }),
    borders: boxed,
    alignment: { ...centred, wrap: true },
  },
  level: { font: font({ bold: true }), borders: boxed, alignment: centred },
  required: { font: font(), borders: boxed, alignment: centred },
  count: { font: font(), borders: boxed, alignment: centred },
  flag: {
    font: font({ bold: true, color: "#9C5700" }),
    borders: boxed,
    alignment: { ...centred, wrap: true },
  },
  tableHeader: {
    font: font({ bold: true, color: COLORS.accentText }),
    fill: COLORS.accent,
    borders: boxed,
    alignment: { ...centred, wrap: true },
  },
  person: { font: font(), borders: boxed, alignment: { vertical: "middle" } },
  rating: { font: font(), borders: boxed, alignment: centred },
  number: { font: font(), borders: boxed, alignment: centred },
  percent: { font: font(), borders: boxed, alignment: centred, numberFormat: "0%" },
  summaryHeader: {
    font: font({ bold: true }),
    fill: COLORS.labelFill,
    borders: boxed,
    alignment: { ...centred, wrap: true },
  },
} satisfies Record<string, CellStyle>;

export type MatrixStyle = keyof typeof MATRIX_STYLES;

import type { BorderSide, CellStyle, Color, FontStyle } from "./sheet-plan";

/**
 * 微軟正黑體 ships with Windows and with Office for Mac; where it is missing the Big5 charset
 * makes Excel pick another Traditional Chinese face (PingFang TC, Noto Sans CJK TC).
 */
export const CJK_FONT = "Microsoft JhengHei";
export const BODY_SIZE = 10;

export const COLORS = {
  ink: "#1F1F1F",
  muted: "#8C8C8C",
  accent: "#1F4E78",
  accentText: "#FFFFFF",
  labelFill: "#DDEBF7",
  sectionFill: "#BDD7EE",
  grid: "#BFBFBF",
  tab: "#2E75B6",
} satisfies Record<string, Color>;

export function font(overrides: Partial<FontStyle> = {}): FontStyle {
  return {
    name: CJK_FONT,
    size: BODY_SIZE,
    color: COLORS.ink,
    fallbackScript: "traditionalChinese",
    ...overrides,
  };
}

const thin: BorderSide = { weight: "thin", color: COLORS.grid };
const boxed = { top: thin, bottom: thin, left: thin, right: thin };
const topLeftWrap = { horizontal: "left", vertical: "top", wrap: true } as const;

/** The named styles shared by the standard sheet's sections. */
export const STANDARD_STYLES = {
  title: { font: font({ size: 16, bold: true, color: COLORS.accent }), alignment: { vertical: "middle" } },
  label: { font: font({ bold: true }), fill: COLORS.labelFill, borders: boxed, alignment: topLeftWrap },
  value: { font: font(), borders: boxed, alignment: topLeftWrap },
  valueNumber: { font: font(), borders: boxed, alignment: { horizontal: "left", vertical: "top" } },
  tableHeader: {
    font: font({ bold: true, color: COLORS.accentText }),
    fill: COLORS.accent,
    borders: boxed,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  },
  body: { font: font(), borders: boxed, alignment: topLeftWrap },
  bodyLevel: { font: font(), borders: boxed, alignment: { horizontal: "center", vertical: "top" } },
  section: {
    font: font({ size: 12, bold: true, color: COLORS.accent }),
    fill: COLORS.sectionFill,
    alignment: { vertical: "middle" },
  },
  subheading: { font: font({ bold: true }), alignment: topLeftWrap },
  note: { font: font(), alignment: topLeftWrap },
  muted: { font: font({ italic: true, color: COLORS.muted }), borders: boxed, alignment: topLeftWrap },
} satisfies Record<string, CellStyle>;

export type StandardStyle = keyof typeof STANDARD_STYLES;

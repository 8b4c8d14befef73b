import type ExcelJS from "exceljs";
import type { BorderSide, CellStyle, Color } from "../layout";

/** Big5, the charset that tells Excel to substitute a Traditional Chinese font. */
const CHARSET_BIG5 = 136;
/** Font family "swiss" (sans serif), the substitution class for the same purpose. */
const FAMILY_SWISS = 2;

export function argb(color: Color): { argb: string } {
  return { argb: `FF${color.slice(1).toUpperCase()}` };
}

function border(side: BorderSide | undefined): Partial<ExcelJS.Border> | undefined {
  return side ? { style: side.weight, color: argb(side.color) } : undefined;
}

/**
 * The ExcelJS form of a plan style. Text cells get the Text number format ("@") so Excel keeps
 * them as text if the user edits them, as the Office.js renderer does.
 */
export function toExcelStyle(style: CellStyle, isText: boolean): Partial<ExcelJS.Style> {
  const { font, fill, borders, alignment, numberFormat } = style;
  const result: Partial<ExcelJS.Style> = {
    font: {
      name: font.name,
      size: font.size,
      bold: font.bold ?? false,
      italic: font.italic ?? false,
      ...(font.color ? { color: argb(font.color) } : {}),
      ...(font.fallbackScript ? { charset: CHARSET_BIG5, family: FAMILY_SWISS } : {}),
    },
  };
  if (fill) result.fill = { type: "pattern", pattern: "solid", fgColor: argb(fill) };
  if (borders) {
    result.border = Object.fromEntries(
      (["top", "bottom", "left", "right"] as const)
        .map((side) => [side, border(borders[side])] as const)
        .filter(([, value]) => value !== undefined),
    );
  }
  if (alignment) {
    result.alignment = {
      ...(alignment.horizontal ? { horizontal: alignment.horizontal } : {}),
      ...(alignment.vertical ? { vertical: alignment.vertical } : {}),
      ...(alignment.wrap ? { wrapText: true } : {}),
      ...(alignment.indent ? { indent: alignment.indent } : {}),
    };
  }
  const format = isText ? "@" : numberFormat;
  if (format) result.numFmt = format;
  return result;
}

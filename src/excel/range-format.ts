import type { BorderSide, CellStyle } from "../layout";
import type { RangeBorderPort, RangeFormatPort } from "./excel-port";

const WEIGHT = { thin: "Thin", medium: "Medium", thick: "Thick" } as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function setBorder(border: RangeBorderPort, side: BorderSide): void {
  border.style = "Continuous";
  border.weight = WEIGHT[side.weight];
  border.color = side.color;
}

/**
 * Applies a plan style to a range (or several, via getRanges). Every cell of the range gets
 * every side: edges from the style, inside lines from top/left (see styleRectangles).
 */
export function applyCellStyle(format: RangeFormatPort, style: CellStyle): void {
  const { font, fill, borders, alignment } = style;
  format.font.name = font.name;
  format.font.size = font.size;
  format.font.bold = font.bold ?? false;
  format.font.italic = font.italic ?? false;
  if (font.color) format.font.color = font.color;
  if (fill) format.fill.color = fill;
  if (borders?.top) setBorder(format.borders.getItem("EdgeTop"), borders.top);
  if (borders?.bottom) setBorder(format.borders.getItem("EdgeBottom"), borders.bottom);
  if (borders?.left) setBorder(format.borders.getItem("EdgeLeft"), borders.left);
  if (borders?.right) setBorder(format.borders.getItem("EdgeRight"), borders.right);
  if (borders?.top) setBorder(format.borders.getItem("InsideHorizontal"), borders.top);
  if (borders?.left) setBorder(format.borders.getItem("InsideVertical"), borders.left);
  if (alignment?.horizontal) format.horizontalAlignment = HORIZONTAL[alignment.horizontal];
  if (alignment?.vertical) format.verticalAlignment = VERTICAL[alignment.vertical];
  if (alignment?.wrap) format.wrapText = true;
  if (alignment?.indent) format.indentLevel = alignment.indent;
}

/** Rough count of the properties applyCellStyle sets, to charge the request budget. */
export function styleOperationCount(style: CellStyle): number {
  const sides = Object.keys(style.borders ?? {}).length;
  return 5 + (style.fill ? 1 : 0) + sides * 3 + 6 + Object.keys(style.alignment ?? {}).length;
}

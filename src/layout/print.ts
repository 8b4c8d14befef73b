import type { PrintSetup } from "./sheet-plan";

/** Landscape A4, one page wide and as many long as needed, narrow margins, page numbers. */
export const LANDSCAPE_A4_FIT_WIDTH: PrintSetup = {
  orientation: "landscape",
  paperSize: "A4",
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { top: 0.5, bottom: 0.5, left: 0.25, right: 0.25, header: 0.3, footer: 0.3 },
  pageNumbers: true,
};

const POINTS_PER_INCH = 72;
/** A4 landscape in points (297 × 210 mm). */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
/** Excel draws a column of width w (in "0" widths of Calibri 11, 7 px) 7·w px wide, at 0.75 pt a px. */
const POINTS_PER_WIDTH_UNIT = 7 * 0.75;
/** Points of a row with no height of its own (Excel's and ExcelJS's default). */
export const DEFAULT_ROW_HEIGHT = 15;
/** What the estimate leaves spare on each page, for the engines' own rounding of heights. */
const SAFETY = 0.95;

/**
 * How many points of the sheet's rows one page holds when `setup` fits `columnWidths` to the
 * page's width. An engine whose columns come out wider (LibreOffice without Calibri's metrics)
 * prints smaller and holds more, so this is the least any engine holds: page breaks placed by it
 * come before the engine's own.
 */
export function pageHeightFittingWidth(columnWidths: readonly number[], setup: PrintSetup): number {
  const { margins } = setup;
  const printableWidth = A4_LANDSCAPE.width - (margins.left + margins.right) * POINTS_PER_INCH;
  const printableHeight = A4_LANDSCAPE.height - (margins.top + margins.bottom) * POINTS_PER_INCH;
  const sheetWidth = columnWidths.reduce((sum, width) => sum + width, 0) * POINTS_PER_WIDTH_UNIT;
  const scale = Math.min(100, Math.floor((100 * printableWidth) / sheetWidth)) / 100;
  return (printableHeight / scale) * SAFETY;
}

/**
 * Rough text measurement in Excel's column-width unit (the width of "0" in Calibri 11, 7 px),
 * so row heights can be set ahead of time: ExcelJS and LibreOffice never grow a row to fit its
 * wrapped text, and Office.js autofit ignores merged cells.
 */

/** Characters drawn about one em wide: CJK ideographs, kana, hangul, full-width forms and punctuation. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Base font size the unit widths below are measured at. */
const BASE_SIZE = 10;
/** Cell padding and the gridline, in width units, lost to text on each line. */
const CELL_PADDING = 1;
/** Line spacing of the CJK faces we use (JhengHei, Noto Sans CJK) as a multiple of the size. */
const LINE_SPACING = 1.45;
/** Points added to a row's height for the top and bottom cell margins. */
const ROW_PADDING = 4;
/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Width of a string in column-width units at the base size: 2 for a wide character, 1 otherwise. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Breakable pieces: each wide character alone, other runs up to and including their trailing spaces. */
function tokens(line: string): string[] {
  return line.match(/[\u1100-\uFFFF]|[^\s\u1100-\uFFFF]+\s*|\s+/g) ?? [];
}

/** How many lines `text` takes when wrapped in a column `columnWidth` units wide at `fontSize`. */
export function wrappedLineCount(text: string, columnWidth: number, fontSize: number): number {
  const scale = fontSize / BASE_SIZE;
  const capacity = Math.max(1, columnWidth - CELL_PADDING);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const token of tokens(paragraph)) {
      const width = displayWidth(token.trimEnd()) * scale;
      const withSpace = displayWidth(token) * scale;
      if (used > 0 && used + width > capacity) {
        lines += 1;
        used = 0;
      }
      if (width > capacity) {
        // A word longer than the column breaks inside; Excel does the same.
        lines += Math.ceil(width / capacity) - 1;
        used = width % capacity;
      } else {
        used += withSpace;
      }
    }
  }
  return lines;
}

/** Height in points of a row showing `lines` lines at `fontSize`. */
export function rowHeightFor(lines: number, fontSize: number): number {
  const height = Math.ceil(lines * fontSize * LINE_SPACING + ROW_PADDING);
  return Math.min(MAX_ROW_HEIGHT, height);
}

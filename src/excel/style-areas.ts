import { rangeAddress, type CellRange, type CellStyle, type PlanCell, type SheetPlan } from "../layout";

/**
 * Cells of one style gathered into rectangles: runs along each row, then equal runs on
 * consecutive rows stacked. Rows stack only when the style's top and bottom borders match
 * (so Excel's inside-horizontal border can stand for both), columns likewise.
 */
export function styleRectangles(cells: PlanCell[], style: CellStyle): CellRange[] {
  const sameTopBottom = JSON.stringify(style.borders?.top) === JSON.stringify(style.borders?.bottom);
  const sameLeftRight = JSON.stringify(style.borders?.left) === JSON.stringify(style.borders?.right);
  const runs: CellRange[] = [];
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (sameLeftRight && last && last.top === cell.row && last.right === cell.col - 1) last.right = cell.col;
    else runs.push({ top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });
  }
  if (!sameTopBottom) return runs;
  const open = new Map<string, CellRange>();
  const rectangles: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const rectangle = { ...run };
      open.set(key, rectangle);
      rectangles.push(rectangle);
    }
  }
  return rectangles;
}

/** Comma-joined A1 addresses for Worksheet.getRanges, each list at most `maxLength` characters. */
export function addressLists(rectangles: CellRange[], maxLength: number): string[] {
  const lists: string[] = [];
  let current = "";
  for (const rectangle of rectangles) {
    const address = rangeAddress(rectangle);
    if (current !== "" && current.length + 1 + address.length > maxLength) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** Every style of the plan with the cells that use it. */
export function cellsByStyle(plan: SheetPlan): Map<string, PlanCell[]> {
  const groups = new Map<string, PlanCell[]>();
  for (const cell of plan.cells) {
    const list = groups.get(cell.style);
    if (list) list.push(cell);
    else groups.set(cell.style, [cell]);
  }
  return groups;
}

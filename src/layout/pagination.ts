import { DEFAULT_ROW_HEIGHT } from "./print";
import type { CellRange, SheetPlan } from "./sheet-plan";

/** A table of the sheet as printed: its header row and its body rows (0-based, inclusive). */
export interface PrintedTable {
  header: number;
  first: number;
  last: number;
}

export interface PaginationOptions {
  /** Each table whose header is printed again at the top of a page it continues on. */
  tables: readonly PrintedTable[];
  /** Rows never left alone at the foot of a page: section headings and table headers. */
  keepWithNext: ReadonlySet<number>;
  /** Points of the sheet's rows that one printed page holds. */
  pageHeight: number;
}

/**
 * The plan with its page breaks decided: where a page fills up, a new page starts, and if a table
 * continues there a copy of its header row is inserted above its next row. Print titles cannot do
 * this: Excel repeats them on every page of the sheet, also above tables they do not belong to.
 * The plan must hold no formula at or below an inserted row (a standard sheet holds none but the
 * conditional formats of its main table, which start above any break).
 */
export function paginate(plan: SheetPlan, options: PaginationOptions): SheetPlan {
  const height = (row: number): number => plan.rowHeights[row] ?? DEFAULT_ROW_HEIGHT;
  const lastRow = plan.cells.reduce((last, cell) => Math.max(last, cell.row), 0);
  const breaks: { row: number; header: number | null }[] = [];
  let used = 0;
  for (let row = 0; row <= lastRow; row++) {
    let end = row;
    while (options.keepWithNext.has(end) && end < lastRow) end++;
    let together = 0;
    for (let r = row; r <= end; r++) together += height(r);
    if (used > 0 && used + together > options.pageHeight) {
      const table = options.tables.find((t) => row > t.first && row <= t.last);
      breaks.push({ row, header: table ? table.header : null });
      used = table ? height(table.header) : 0;
    }
    used += height(row);
  }

  let paged = plan;
  for (const { row, header } of [...breaks].reverse()) {
    if (header !== null) paged = insertCopyOfRow(paged, header, row);
  }
  let inserted = 0;
  const pageBreaks = breaks.map(({ row, header }) => {
    const at = row + inserted;
    if (header !== null) inserted++;
    return at;
  });
  return { ...paged, pageBreaks };
}

/** `range` with the rows from `at` down moved one down; a range across `at` grows by one. */
function shifted<R extends CellRange>(range: R, at: number): R {
  if (range.bottom < at) return range;
  return { ...range, top: range.top >= at ? range.top + 1 : range.top, bottom: range.bottom + 1 };
}

/** Inserts above row `at` a copy of row `source` (above `at`): its cells, merges and height. */
function insertCopyOfRow(plan: SheetPlan, source: number, at: number): SheetPlan {
  const move = (row: number): number => (row >= at ? row + 1 : row);
  const cells = plan.cells.map((cell) => ({ ...cell, row: move(cell.row) }));
  const copies = plan.cells.filter((cell) => cell.row === source).map((cell) => ({ ...cell, row: at }));
  const merges = plan.merges.map((merge) => shifted(merge, at));
  const mergeCopies = plan.merges
    .filter((merge) => merge.top === source && merge.bottom === source)
    .map((merge) => ({ ...merge, top: at, bottom: at }));
  const rowHeights: Record<number, number> = {};
  for (const [row, points] of Object.entries(plan.rowHeights)) rowHeights[move(Number(row))] = points;
  const copiedHeight = plan.rowHeights[source];
  if (copiedHeight !== undefined) rowHeights[at] = copiedHeight;
  return {
    ...plan,
    cells: [...cells, ...copies].sort((a, b) => a.row - b.row || a.col - b.col),
    merges: [...merges, ...mergeCopies],
    rowHeights,
    tables: plan.tables.map((table) => ({ ...table, range: shifted(table.range, at) })),
    validations: plan.validations.map((v) => ({ ...v, range: shifted(v.range, at) })),
    conditionalFormats: plan.conditionalFormats.map((f) => ({ ...f, range: shifted(f.range, at) })),
  };
}

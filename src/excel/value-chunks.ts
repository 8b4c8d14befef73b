import type { CellRange, PlanCell, SheetPlan } from "../layout";
import { cellInput } from "./cell-input";
import type { CellInput } from "./excel-port";
import { payloadBytes } from "./payload-size";

/** A block of whole rows written in one go: number formats first, then values, then formulas. */
export interface ValueChunk {
  range: CellRange;
  numberFormat: (string | null)[][];
  values: CellInput[][];
  /** null when the block holds no formula. */
  formulas: (string | null)[][] | null;
  bytes: number;
}

interface RowData {
  numberFormat: (string | null)[];
  values: CellInput[];
  formulas: (string | null)[];
  hasFormula: boolean;
  bytes: number;
}

function rowData(cells: PlanCell[], width: number, plan: SheetPlan): RowData {
  const row: RowData = {
    numberFormat: new Array<string | null>(width).fill(null),
    values: new Array<CellInput>(width).fill(null),
    formulas: new Array<string | null>(width).fill(null),
    hasFormula: false,
    bytes: 0,
  };
  for (const cell of cells) {
    const { input, format } = cellInput(cell.value, plan.styles[cell.style]);
    row.values[cell.col] = input;
    row.numberFormat[cell.col] = format;
    if (cell.value?.kind === "formula") {
      row.formulas[cell.col] = `=${cell.value.formula}`;
      row.hasFormula = true;
    }
  }
  row.bytes =
    payloadBytes(row.values) +
    payloadBytes(row.numberFormat) +
    (row.hasFormula ? payloadBytes(row.formulas) : 0);
  return row;
}

/**
 * The plan's cells as 2-D blocks of consecutive rows spanning the used columns, each block at
 * most `maxBytes` (a single larger row still makes its own block). Cells the plan leaves
 * empty are null, which Office.js skips.
 */
export function valueChunks(plan: SheetPlan, maxBytes: number): ValueChunk[] {
  if (plan.cells.length === 0) return [];
  const width = plan.cells.reduce((max, c) => Math.max(max, c.col), 0) + 1;
  const lastRow = plan.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of plan.cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }

  const chunks: ValueChunk[] = [];
  let rows: RowData[] = [];
  let top = 0;
  let size = 0;
  const close = () => {
    if (rows.length === 0) return;
    const hasFormula = rows.some((r) => r.hasFormula);
    chunks.push({
      range: { top, left: 0, bottom: top + rows.length - 1, right: width - 1 },
      numberFormat: rows.map((r) => r.numberFormat),
      values: rows.map((r) => r.values),
      formulas: hasFormula ? rows.map((r) => r.formulas) : null,
      bytes: size,
    });
    rows = [];
    size = 0;
  };
  for (let row = 0; row <= lastRow; row++) {
    const data = rowData(byRow.get(row) ?? [], width, plan);
    if (rows.length > 0 && size + data.bytes > maxBytes) close();
    if (rows.length === 0) top = row;
    rows.push(data);
    size += data.bytes;
  }
  close();
  return chunks;
}

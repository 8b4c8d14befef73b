import { rowHeightFor, wrappedLineCount } from "./text-metrics";
import type {
  CellRange,
  CellStyle,
  CellValue,
  ChartPlan,
  ConditionalFormat,
  FreezePanes,
  ListValidation,
  PlanCell,
  PrintSetup,
  SheetPlan,
  TablePlan,
  Color,
} from "./sheet-plan";

export type Scalar = string | number | boolean | null;

/** A typed cell value from a plain one; null (and "") means a styled but empty cell. */
export function cellValue(value: Scalar): CellValue | null {
  if (value === null || value === "") return null;
  if (typeof value === "number") return { kind: "number", number: value };
  if (typeof value === "boolean") return { kind: "boolean", boolean: value };
  return { kind: "text", text: value };
}

/**
 * Collects cells and sheet features, then measures every row so wrapped text shows in full.
 * One builder makes one SheetPlan; builders of sections write into it at a row they are given.
 */
export class SheetPlanBuilder<S extends string> {
  private readonly cells = new Map<string, PlanCell>();
  private readonly merges: CellRange[] = [];
  private readonly fixedHeights: Record<number, number> = {};
  private readonly tables: TablePlan[] = [];
  private readonly validations: ListValidation[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly charts: ChartPlan[] = [];
  private frozen: FreezePanes | undefined;
  private printSetup: PrintSetup | undefined;
  private tab: Color | undefined;

  constructor(
    private readonly name: string,
    private readonly styles: Record<S, CellStyle>,
    private readonly columnWidths: number[],
  ) {}

  put(row: number, col: number, value: Scalar | CellValue, style: S): void {
    const typed = value !== null && typeof value === "object" ? value : cellValue(value);
    this.cells.set(`${row}:${col}`, { row, col, value: typed, style });
  }

  /** The value in the top-left cell, `style` on every cell (so borders run round the whole block), merged. */
  block(range: CellRange, value: Scalar, style: S): void {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        this.put(row, col, row === range.top && col === range.left ? value : null, style);
      }
    }
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  /** A row of cells from `col` on, one value each. */
  row(row: number, col: number, values: Scalar[], style: S): void {
    values.forEach((value, i) => this.put(row, col + i, value, style));
  }

  rowHeight(row: number, points: number): void {
    this.fixedHeights[row] = points;
  }

  table(table: TablePlan): void {
    this.tables.push(table);
  }

  freeze(panes: FreezePanes): void {
    this.frozen = panes;
  }

  validation(validation: ListValidation): void {
    this.validations.push(validation);
  }

  conditionalFormat(format: ConditionalFormat): void {
    this.conditionalFormats.push(format);
  }

  chart(chart: ChartPlan): void {
    this.charts.push(chart);
  }

  print(setup: PrintSetup): void {
    this.printSetup = setup;
  }

  tabColor(color: Color): void {
    this.tab = color;
  }

  build(): SheetPlan {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      name: this.name,
      ...(this.tab ? { tabColor: this.tab } : {}),
      styles: { ...this.styles },
      cells,
      merges: [...this.merges],
      columnWidths: [...this.columnWidths],
      rowHeights: { ...this.fittedHeights(cells), ...this.fixedHeights },
      tables: [...this.tables],
      ...(this.frozen ? { freeze: this.frozen } : {}),
      validations: [...this.validations],
      conditionalFormats: [...this.conditionalFormats],
      ...(this.charts.length > 0 ? { charts: [...this.charts] } : {}),
      ...(this.printSetup ? { print: this.printSetup } : {}),
    };
  }

  /** The height each row needs for its tallest cell, wrapped at its column (or merged span) width. */
  private fittedHeights(cells: PlanCell[]): Record<number, number> {
    const heights: Record<number, number> = {};
    for (const cell of cells) {
      const style = this.styles[cell.style as S];
      const size = style.font.size;
      const text = cell.value?.kind === "text" ? cell.value.text : "";
      const lines = style.alignment?.wrap ? wrappedLineCount(text, this.spanWidth(cell), size) : 1;
      heights[cell.row] = Math.max(heights[cell.row] ?? 0, rowHeightFor(lines, size));
    }
    return heights;
  }

  private spanWidth(cell: PlanCell): number {
    const merge = this.merges.find((m) => m.top === cell.row && m.left === cell.col && m.bottom === cell.row);
    const right = merge ? merge.right : cell.col;
    let width = 0;
    for (let col = cell.col; col <= right; col++) width += this.columnWidths[col] ?? 8.43;
    return width;
  }
}

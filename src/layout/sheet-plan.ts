/**
 * A worksheet as data: what a sheet contains and how it looks, decided once by the layout
 * builders and carried out by two renderers (Office.js in src/excel, ExcelJS in src/xlsx).
 * Rows and columns are 0-based; renderers convert to A1 addresses.
 */

/** "#RRGGBB" */
export type Color = `#${string}`;

/**
 * A formula written by layout code. The brand keeps document text out: only `layoutFormula`
 * makes one, and builders never pass it text that came from a document.
 */
export type LayoutFormula = string & { readonly __layoutFormula: true };

/** A formula without its leading "=", e.g. `SUM(A1:A3)`. */
export function layoutFormula(text: string): LayoutFormula {
  return (text.startsWith("=") ? text.slice(1) : text) as LayoutFormula;
}

export type CellValue =
  | { kind: "text"; text: string }
  | { kind: "number"; number: number }
  | { kind: "boolean"; boolean: boolean }
  | { kind: "formula"; formula: LayoutFormula };

/** What a text, number or boolean cell holds; null for a formula, whose result only an engine knows. */
export function literalValue(value: CellValue): string | number | boolean | null {
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return value.number;
    case "boolean":
      return value.boolean;
    case "formula":
      return null;
  }
}

export interface PlanCell {
  row: number;
  col: number;
  /** null: a styled cell with nothing in it (e.g. the covered part of a merge). */
  value: CellValue | null;
  /** Name of an entry in SheetPlan.styles. */
  style: string;
}

export interface FontStyle {
  name: string;
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: Color;
  /**
   * Script to fall back on when `name` is missing: the xlsx records it as the font's charset
   * (136, Big5) so Excel substitutes a Traditional Chinese face, e.g. PingFang TC on a Mac.
   */
  fallbackScript?: "traditionalChinese";
}

export interface BorderSide {
  weight: "thin" | "medium" | "thick";
  color: Color;
}

export interface Borders {
  top?: BorderSide;
  bottom?: BorderSide;
  left?: BorderSide;
  right?: BorderSide;
}

export interface Alignment {
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
}

export interface CellStyle {
  font: FontStyle;
  fill?: Color;
  borders?: Borders;
  alignment?: Alignment;
  /** Excel number format; text cells are always written as text ("@") whatever this says. */
  numberFormat?: string;
}

/** Inclusive rectangle of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TablePlan {
  /** Wished name; a renderer makes it unique in the workbook. */
  name: string;
  /** Header row included. Header cells must hold distinct, non-empty text. */
  range: CellRange;
  /** Excel's built-in table style, e.g. "TableStyleLight9". */
  style: string;
  bandedRows: boolean;
  autoFilter: boolean;
}

export interface FreezePanes {
  rows: number;
  columns: number;
}

export interface ListValidation {
  range: CellRange;
  kind: "list";
  /** The choices; ignored when `source` is given. */
  values: string[];
  /** The choices are these cells of the sheet (e.g. the people's names), not fixed values. */
  source?: CellRange;
  allowBlank: boolean;
  prompt?: string;
}

export type ConditionOperator =
  "equal" | "notEqual" | "greaterThan" | "greaterThanOrEqual" | "lessThan" | "lessThanOrEqual" | "between";

export type ConditionRule =
  | { kind: "cellValue"; operator: ConditionOperator; values: [number] | [number, number] }
  /** True/false per cell, relative to the range's top-left cell, like Excel's own rules. */
  | { kind: "formula"; formula: LayoutFormula }
  /** Fills from `min.color` at `min.value` to `max.color` at `max.value` (numbers, not ranks). */
  | { kind: "colorScale"; min: ScalePoint; max: ScalePoint }
  /** A bar of `color` in each cell, empty at `min`, full at `max`. */
  | { kind: "dataBar"; color: Color; min: number; max: number };

export interface ScalePoint {
  value: number;
  color: Color;
}

export interface ConditionalFormat {
  range: CellRange;
  rule: ConditionRule;
  fill?: Color;
  fontColor?: Color;
}

export interface ChartSeries {
  name: string;
  values: CellRange;
}

/**
 * A native chart over cells of the sheet: Office.js adds it to the live workbook; the .xlsx writer
 * adds it as DrawingML after ExcelJS (which writes no charts).
 */
export interface ChartPlan {
  kind: "radar" | "column";
  title: string;
  /** One row or column of category labels, as long as every series. */
  categories: CellRange;
  series: ChartSeries[];
  /** The cells the chart covers. */
  anchor: CellRange;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** Pages across; 0 = as many as needed. */
  fitToWidth: number;
  /** Pages down; 0 = as many as needed. */
  fitToHeight: number;
  /** Rows printed at the top of every page (0-based, inclusive). */
  repeatRows?: { first: number; last: number };
  /** Margins in inches. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** "Page N of M" centred in the footer. */
  pageNumbers: boolean;
  /** What the sheet is (a standard's code, name and version; a matrix's standards), left in every page's header. */
  title?: string;
}

export interface SheetPlan {
  /** A valid sheet name; a renderer adds a suffix when the workbook already has it. */
  name: string;
  tabColor?: Color;
  styles: Record<string, CellStyle>;
  cells: PlanCell[];
  merges: CellRange[];
  /** Width of each column from A, in Excel character units (width of "0" in the default font). */
  columnWidths: number[];
  /** Row heights in points, by 0-based row; rows not listed keep Excel's default. */
  rowHeights: Record<number, number>;
  tables: TablePlan[];
  freeze?: FreezePanes;
  validations: ListValidation[];
  conditionalFormats: ConditionalFormat[];
  charts?: ChartPlan[];
  print?: PrintSetup;
  /** Rows (0-based) that start a new printed page, ascending. */
  pageBreaks?: number[];
  /** Codes of the standards the sheet shows, for names given to it outside the workbook (a download). */
  standards?: string[];
}

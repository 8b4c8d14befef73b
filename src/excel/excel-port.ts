/**
 * The slice of the Office.js Excel API the SheetPlan applier uses. Excel.RequestContext fits
 * it (checked below), and tests pass small recording fakes without casts.
 * Member types are the widest Office.js accepts on write (strings for its enums).
 */

export type CellInput = string | number | boolean | null;

export interface RangeFontPort {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
}

export interface RangeBorderPort {
  style: string;
  color: string;
  weight: string;
}

export interface RangeFormatPort {
  columnWidth: number;
  rowHeight: number;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  font: RangeFontPort;
  fill: { color: string };
  borders: {
    getItem(
      index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical",
    ): RangeBorderPort;
  };
}

export interface ConditionalFormatPort {
  custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  cellValue: {
    rule: { formula1: string; formula2?: string; operator: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  colorScale: { criteria: { minimum: ScaleCriterionPort; maximum: ScaleCriterionPort } };
  dataBar: {
    lowerBoundRule: BoundPort;
    upperBoundRule: BoundPort;
    positiveFormat: { fillColor: string; gradientFill: boolean };
  };
}

/** Excel.ConditionalDataBarRule: the adapter sends { type: "Number", formula: "0" }. */
export interface BoundPort {
  type: string;
  formula?: string;
}

/** Excel.ConditionalColorScaleCriterion: the adapter sends a number and a colour. */
export interface ScaleCriterionPort extends BoundPort {
  color?: string;
}

export type ConditionalFormatKind = "Custom" | "CellValue" | "ColorScale" | "DataBar";

export interface RangePort {
  values: CellInput[][];
  numberFormat: (string | null)[][];
  formulas: (string | null)[][];
  format: RangeFormatPort;
  merge(across?: boolean): void;
  dataValidation: {
    rule: { list?: { inCellDropDown: boolean; source: unknown } };
    ignoreBlanks: boolean;
    prompt: { message: string; showPrompt: boolean; title: string };
  };
  conditionalFormats: { add(type: ConditionalFormatKind): ConditionalFormatPort };
}

export interface TablePort {
  name: string;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

export interface PageLayoutPort {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  headersFooters: { defaultForAllPages: { centerFooter: string; leftHeader: string } };
  setPrintTitleRows(rows: string): void;
}

export interface ChartSeriesPort {
  name: string;
  setValues(source: RangePort): void;
  setXAxisValues(source: RangePort): void;
}

export interface ChartPort {
  title: { text: string };
  series: { getItemAt(index: number): ChartSeriesPort; add(name?: string): ChartSeriesPort };
  setPosition(startCell: string, endCell?: string): void;
}

/** The chart types the plans use, by Excel.ChartType's names. */
export type ChartTypePort = "Radar" | "ColumnClustered";

/** A table's range: its address, and a cell in it (by row and column from the header's left) to read. */
export interface TableRangePort {
  address: string;
  load(propertyNames: string): unknown;
  getCell(
    row: number,
    column: number,
  ): {
    dataValidation: { rule: { list?: { source: unknown } }; load(propertyNames: string): unknown };
  };
}

export interface WorksheetPort {
  name: string;
  tabColor: string;
  isNullObject: boolean;
  load(propertyNames: string): unknown;
  getRange(address: string): RangePort;
  getRanges(address: string): { format: RangeFormatPort };
  tables: {
    add(address: string, hasHeaders: boolean): TablePort;
    load(propertyNames: string): unknown;
    items: { name: string; getRange(): TableRangePort }[];
    getItem(name: string): { name: string };
  };
  getUsedRange(valuesOnly?: boolean): {
    values: unknown[][];
    address: string;
    load(propertyNames: string[]): unknown;
  };
  charts: { add(type: ChartTypePort, sourceData: RangePort, seriesBy: "Columns" | "Rows"): ChartPort };
  freezePanes: {
    freezeRows(count: number): void;
    freezeColumns(count: number): void;
    freezeAt(range: string): void;
  };
  pageLayout: PageLayoutPort;
  /** Manual page breaks: each added above the top row of the address. */
  horizontalPageBreaks: { add(address: string): unknown };
  activate(): void;
  delete(): void;
}

export interface NamedCollectionPort<T> {
  load(propertyNames: string): unknown;
  items: T[];
}

export interface WorksheetCollectionPort extends NamedCollectionPort<{ name: string }> {
  add(name: string): WorksheetPort;
  getItem(name: string): WorksheetPort;
  getItemOrNullObject(name: string): WorksheetPort;
  getActiveWorksheet(): WorksheetPort;
}

export interface ExcelContextPort {
  workbook: {
    worksheets: WorksheetCollectionPort;
    tables: NamedCollectionPort<{ name: string }>;
  };
  sync(): Promise<unknown>;
}

/** Compile-time proof that the real context fits the port. */
export type RequestContextFits = Excel.RequestContext extends ExcelContextPort ? true : never;
const requestContextFits: RequestContextFits = true;
void requestContextFits;

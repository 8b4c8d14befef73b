import {
  absoluteRangeAddress,
  columnLetters,
  rangeAddress,
  type ConditionalFormat,
  type ListValidation,
  type PrintSetup,
} from "../layout";
import type { RangePort, WorksheetPort } from "./excel-port";

const POINTS_PER_INCH = 72;

const OPERATOR = {
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  between: "Between",
} as const;

export function addListValidation(range: RangePort, validation: ListValidation): void {
  const source = validation.source
    ? `=${absoluteRangeAddress(validation.source)}`
    : validation.values.join(",");
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.ignoreBlanks = validation.allowBlank;
  if (validation.prompt)
    range.dataValidation.prompt = { message: validation.prompt, showPrompt: true, title: "" };
}

export function addConditionalFormat(range: RangePort, format: ConditionalFormat): void {
  const { rule } = format;
  if (rule.kind === "colorScale") {
    const point = ({ value, color }: { value: number; color: string }) =>
      ({ type: "Number", formula: String(value), color }) as const;
    range.conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: point(rule.min),
      maximum: point(rule.max),
    };
    return;
  }
  if (rule.kind === "dataBar") {
    const bar = range.conditionalFormats.add("DataBar").dataBar;
    bar.lowerBoundRule = { type: "Number", formula: String(rule.min) };
    bar.upperBoundRule = { type: "Number", formula: String(rule.max) };
    bar.positiveFormat.fillColor = rule.color;
    bar.positiveFormat.gradientFill = false;
    return;
  }
  if (rule.kind === "formula") {
    const added = range.conditionalFormats.add("Custom").custom;
    added.rule.formula = `=${rule.formula}`;
    if (format.fill) added.format.fill.color = format.fill;
    if (format.fontColor) added.format.font.color = format.fontColor;
    return;
  }
  const added = range.conditionalFormats.add("CellValue").cellValue;
  const [first, second] = rule.values;
  added.rule = {
    formula1: `=${first}`,
    ...(second === undefined ? {} : { formula2: `=${second}` }),
    operator: OPERATOR[rule.operator],
  };
  if (format.fill) added.format.fill.color = format.fill;
  if (format.fontColor) added.format.font.color = format.fontColor;
}

export function freeze(sheet: WorksheetPort, rows: number, columns: number): void {
  if (columns === 0) sheet.freezePanes.freezeRows(rows);
  else if (rows === 0) sheet.freezePanes.freezeColumns(columns);
  else sheet.freezePanes.freezeAt(rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }));
}

export function applyPrintSetup(sheet: WorksheetPort, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize;
  // 0 pages means "as many as needed": leave that direction out rather than send 0.
  layout.zoom = {
    ...(print.fitToWidth > 0 ? { horizontalFitToPages: print.fitToWidth } : {}),
    ...(print.fitToHeight > 0 ? { verticalFitToPages: print.fitToHeight } : {}),
  };
  layout.topMargin = print.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  layout.leftMargin = print.margins.left * POINTS_PER_INCH;
  layout.rightMargin = print.margins.right * POINTS_PER_INCH;
  layout.headerMargin = print.margins.header * POINTS_PER_INCH;
  layout.footerMargin = print.margins.footer * POINTS_PER_INCH;
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  if (print.pageNumbers) layout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
  if (print.title) layout.headersFooters.defaultForAllPages.leftHeader = headerFooterText(print.title);
}

/** Text as a header or footer shows it: "&" starts a code there, so a literal one is doubled. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** A manual page break above each row listed. */
export function addPageBreaks(sheet: WorksheetPort, rows: readonly number[]): void {
  for (const row of rows) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/** "A:C": whole columns `first` to `last`. */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** "5:7": whole rows `first` to `last` (0-based). */
export function rowsAddress(first: number, last: number): string {
  return `${first + 1}:${last + 1}`;
}

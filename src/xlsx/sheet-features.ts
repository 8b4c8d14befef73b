import type ExcelJS from "exceljs";
import {
  cellAddress,
  absoluteRangeAddress,
  rangeAddress,
  type ConditionalFormat,
  type ListValidation,
  type PrintSetup,
} from "../layout";
import { argb } from "./exceljs-style";

const PAPER_A4 = 9;

/** A list validation as Excel's inline list: quoted, comma-separated, quotes doubled. */
export function addListValidation(sheet: ExcelJS.Worksheet, validation: ListValidation): void {
  const rule: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: validation.allowBlank,
    formulae: [
      validation.source
        ? absoluteRangeAddress(validation.source)
        : `"${validation.values.map((v) => v.replace(/"/g, '""')).join(",")}"`,
    ],
    showErrorMessage: true,
    ...(validation.prompt ? { showInputMessage: true, prompt: validation.prompt } : {}),
  };
  // Set per cell (the typed API); ExcelJS joins equal neighbours into one range on write.
  const { top, left, bottom, right } = validation.range;
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) sheet.getCell(cellAddress(row, col)).dataValidation = rule;
  }
}

export function addConditionalFormat(
  sheet: ExcelJS.Worksheet,
  format: ConditionalFormat,
  priority: number,
): void {
  const style: Partial<ExcelJS.Style> = {
    ...(format.fontColor ? { font: { color: argb(format.fontColor) } } : {}),
    // Differential (conditional) fills paint with bgColor, unlike cell fills.
    ...(format.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: argb(format.fill) } } : {}),
  };
  sheet.addConditionalFormatting({
    ref: rangeAddress(format.range),
    rules: [excelRule(format, priority, style)],
  });
}

function excelRule(
  format: ConditionalFormat,
  priority: number,
  style: Partial<ExcelJS.Style>,
): ExcelJS.ConditionalFormattingRule {
  const { rule } = format;
  switch (rule.kind) {
    case "formula":
      return { type: "expression", formulae: [rule.formula], priority, style };
    case "cellValue":
      return {
        type: "cellIs",
        // ExcelJS types list four operators but writes any of OOXML's eight.
        operator: rule.operator as ExcelJS.CellIsOperators,
        formulae: rule.values.map(String),
        priority,
        style,
      };
    case "colorScale":
      return {
        type: "colorScale",
        cfvo: [
          { type: "num", value: rule.min.value },
          { type: "num", value: rule.max.value },
        ],
        color: [argb(rule.min.color), argb(rule.max.color)],
        priority,
      };
    case "dataBar": {
      // ExcelJS writes a data bar's colour from `color` but leaves it out of its type.
      const bar: ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> } = {
        type: "dataBar",
        cfvo: [
          { type: "num", value: rule.min },
          { type: "num", value: rule.max },
        ],
        color: argb(rule.color),
        gradient: false,
        priority,
      };
      return bar;
    }
  }
}

export function applyPrintSetup(sheet: ExcelJS.Worksheet, print: PrintSetup): void {
  Object.assign(sheet.pageSetup, {
    orientation: print.orientation,
    paperSize: PAPER_A4,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: print.margins,
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }
      : {}),
  });
  if (print.pageNumbers) sheet.headerFooter.oddFooter = "&C&P / &N";
  // "&" starts a code in a header, so a literal one is doubled.
  if (print.title) sheet.headerFooter.oddHeader = `&L${print.title.replace(/&/g, "&&")}`;
}

/** A manual page break above each row listed (ExcelJS breaks below the row it is given). */
export function addPageBreaks(sheet: ExcelJS.Worksheet, rows: readonly number[]): void {
  for (const row of rows) if (row > 0) sheet.getRow(row).addPageBreak();
}

export function freezeView(rows: number, columns: number): Partial<ExcelJS.WorksheetView> {
  return {
    state: "frozen",
    xSplit: columns,
    ySplit: rows,
    topLeftCell: cellAddress(rows, columns),
    activeCell: cellAddress(rows, columns),
  };
}

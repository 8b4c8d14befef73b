import type ExcelJS from "exceljs";
import {
  cellAddress,
  literalValue,
  uniqueTableName,
  type CellValue,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
} from "../layout";
import { argb, toExcelStyle } from "./exceljs-style";
import {
  addConditionalFormat,
  addListValidation,
  addPageBreaks,
  applyPrintSetup,
  freezeView,
} from "./sheet-features";

const EXCELJS_DEFAULT_WIDTH = 9;

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  return value.kind === "formula" ? { formula: value.formula, date1904: false } : literalValue(value);
}

type CellIndex = Map<string, PlanCell>;

function tableRows(byAddress: CellIndex, table: TablePlan): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = table.range.top + 1; row <= table.range.bottom; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let col = table.range.left; col <= table.range.right; col++) {
      const value = byAddress.get(`${row}:${col}`)?.value;
      values.push(value ? toExcelValue(value) : null);
    }
    rows.push(values);
  }
  return rows;
}

function headerNames(byAddress: CellIndex, table: TablePlan): string[] {
  const names: string[] = [];
  for (let col = table.range.left; col <= table.range.right; col++) {
    const cell = byAddress.get(`${table.range.top}:${col}`);
    names.push(cell?.value?.kind === "text" ? cell.value.text : `Column${names.length + 1}`);
  }
  return names;
}

function writeCell(
  sheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  cell: PlanCell,
  styleCache: Map<string, Partial<ExcelJS.Style>>,
): void {
  const isText = cell.value?.kind === "text";
  const key = `${cell.style}|${isText}`;
  let style = styleCache.get(key);
  if (!style) {
    const planStyle = plan.styles[cell.style];
    if (!planStyle) throw new Error(`Style "${cell.style}" is not defined in the plan of ${plan.name}`);
    style = toExcelStyle(planStyle, isText);
    styleCache.set(key, style);
  }
  const target = sheet.getCell(cellAddress(cell.row, cell.col));
  if (cell.value) target.value = toExcelValue(cell.value);
  target.style = style;
}

/**
 * Adds one worksheet carrying out `plan`. `sheetName` and `tableNames` are the workbook's
 * already-unique choices. Tables go in after the cells they cover are written.
 */
export function writeSheet(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  sheetName: string,
  takenTableNames: Set<string>,
): string[] {
  const sheet = workbook.addWorksheet(sheetName, {
    ...(plan.tabColor ? { properties: { tabColor: argb(plan.tabColor) } } : {}),
    views: plan.freeze ? [freezeView(plan.freeze.rows, plan.freeze.columns)] : [],
  });
  plan.columnWidths.forEach((width, i) => {
    // ExcelJS drops a width of exactly 9, taking it for the default; Excel's default is 8.43.
    sheet.getColumn(i + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + 0.001 : width;
  });
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRow(Number(row) + 1).height = height;

  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  for (const cell of plan.cells) writeCell(sheet, plan, cell, styleCache);
  for (const merge of plan.merges)
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);

  const byAddress: CellIndex = new Map(plan.cells.map((cell) => [`${cell.row}:${cell.col}`, cell]));
  const tableNames = plan.tables.map((table) => {
    const name = uniqueTableName(table.name, takenTableNames);
    takenTableNames.add(name);
    sheet.addTable({
      name,
      displayName: name,
      ref: cellAddress(table.range.top, table.range.left),
      headerRow: true,
      style: {
        theme: table.style as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: table.bandedRows,
      },
      columns: headerNames(byAddress, table).map((header) => ({
        name: header,
        filterButton: table.autoFilter,
      })),
      rows: tableRows(byAddress, table),
    });
    return name;
  });

  plan.validations.forEach((validation) => addListValidation(sheet, validation));
  plan.conditionalFormats.forEach((format, i) => addConditionalFormat(sheet, format, i + 1));
  if (plan.print) applyPrintSetup(sheet, plan.print);
  if (plan.pageBreaks) addPageBreaks(sheet, plan.pageBreaks);
  return tableNames;
}

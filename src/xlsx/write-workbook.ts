import ExcelJS from "exceljs";
import { uniqueSheetName, type SheetPlan } from "../layout";
import { writeSheet } from "./write-sheet";

export interface WrittenSheet {
  name: string;
  tables: string[];
}

export interface WrittenWorkbook {
  bytes: Uint8Array;
  sheets: WrittenSheet[];
}

/**
 * An .xlsx file holding one sheet per plan, in order, with the plans' charts (added to the
 * package after ExcelJS, which writes none). Names are made unique within the file; the caller
 * saves the bytes.
 */
export async function writeWorkbook(plans: SheetPlan[]): Promise<WrittenWorkbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Competency Standards for Excel";
  const sheetNames: string[] = [];
  const tableNames = new Set<string>();
  const sheets = plans.map((plan) => {
    const name = uniqueSheetName(plan.name, sheetNames);
    sheetNames.push(name);
    return { name, tables: writeSheet(workbook, plan, name, tableNames) };
  });
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  if (!plans.some((plan) => (plan.charts ?? []).length > 0)) return { bytes, sheets };
  // The chart writer (and fflate) loads only for workbooks that have charts.
  const { addCharts } = await import(/* webpackChunkName: "xlsx-charts" */ "./add-charts");
  const charts = plans.map((plan, i) => ({
    sheetNumber: i + 1,
    sheetName: sheets[i]!.name,
    charts: plan.charts ?? [],
  }));
  return { bytes: addCharts(bytes, charts), sheets };
}

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
 * An .xlsx file holding one sheet per plan, in order. Names are made unique within the file;
 * the caller saves the bytes.
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
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), sheets };
}

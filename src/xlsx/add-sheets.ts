import type ExcelJS from "exceljs";
import { uniqueSheetName, type SheetPlan } from "../layout";
import { writeSheet } from "./write-sheet";
import type { WrittenSheet } from "./write-workbook";

/**
 * Adds one sheet per plan to a workbook that already has sheets of its own (as `portable` does to
 * a user's file): names are made unique against the sheets and tables already there.
 */
export function addSheets(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): WrittenSheet[] {
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  // ExcelJS's typings say getTables() gives pairs; it gives the tables themselves.
  const tables = workbook.worksheets.flatMap((sheet) => sheet.getTables() as unknown as { name: string }[]);
  const tableNames = new Set(tables.map((table) => table.name));
  return plans.map((plan) => {
    const name = uniqueSheetName(plan.name, sheetNames);
    sheetNames.push(name);
    return { name, tables: writeSheet(workbook, plan, name, tableNames) };
  });
}

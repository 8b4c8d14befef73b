import ExcelJS from "exceljs";

/** An .xlsx as ExcelJS reads it back. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** The table model ExcelJS reads (its typings describe the write-side properties only). */
export interface ReadTable {
  name: string;
  tableRef: string;
  headerRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
  style: { theme: string; showRowStripes: boolean };
}

export function readTable(sheet: ExcelJS.Worksheet, name: string): ReadTable {
  return (sheet.getTable(name) as unknown as { model: ReadTable }).model;
}

/** Merged ranges as "A1:G1" strings (ExcelJS keeps them on the sheet model). */
export function readMerges(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.model as unknown as { merges: string[] }).merges;
}

/** Conditional formats as read (ExcelJS's typings only declare the method that adds them). */
export function readConditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

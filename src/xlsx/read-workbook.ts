import ExcelJS from "exceljs";
import { parseRangeAddress, type CellRange, type SheetPlan } from "../layout";
import { writeSheet } from "./write-sheet";

/** A cell's value as read back: text, number, boolean or nothing (a formula gives its cached result). */
export type ReadValue = string | number | boolean | null;

export interface ReadSheet {
  name: string;
  /** Rows from 1 and columns from A, 0-based. */
  values: ReadValue[][];
  tables: { name: string; range: CellRange }[];
  /** The choices of each cell's list validation, by A1 address ("C12"). */
  lists: Map<string, string[]>;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

function plain(value: ExcelJS.CellValue): ReadValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if ("result" in value) return plain((value.result ?? null) as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value && typeof value.text === "string") return value.text;
  return null;
}

/** The tables ExcelJS read (its typings describe the write side only). */
function tablesOf(sheet: ExcelJS.Worksheet): ReadSheet["tables"] {
  const names = Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables ?? {});
  return names.flatMap((name) => {
    const ref = (sheet.getTable(name) as unknown as { table: { tableRef: string } }).table.tableRef;
    const range = parseRangeAddress(ref);
    return range ? [{ name, range }] : [];
  });
}

/** Cells with a list validation of literal choices ("\"0,1,2\""); lists from ranges are left out. */
function listsOf(sheet: ExcelJS.Worksheet): Map<string, string[]> {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  const lists = new Map<string, string[]>();
  for (const [address, rule] of Object.entries(model)) {
    const literal = /^"(.*)"$/.exec(rule.type === "list" ? String(rule.formulae[0] ?? "") : "");
    if (literal) lists.set(address, literal[1]!.split(","));
  }
  return lists;
}

/** Every sheet of an .xlsx with its values, its tables' ranges and its list validations. */
export async function readWorkbookSheets(bytes: Uint8Array): Promise<ReadSheet[]> {
  const workbook = await load(bytes);
  return workbook.worksheets.map((sheet) => {
    const values: ReadValue[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: ReadValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => (cells[colNumber - 1] = plain(cell.value)));
      values[rowNumber - 1] = Array.from(cells, (v) => v ?? null);
    });
    return {
      name: sheet.name,
      values: Array.from(values, (r) => r ?? []),
      tables: tablesOf(sheet),
      lists: listsOf(sheet),
    };
  });
}

/**
 * The .xlsx with sheet `name` replaced by `plan`, at the same position and with the same name;
 * every other sheet as ExcelJS reads and writes it.
 */
export async function replaceSheet(bytes: Uint8Array, name: string, plan: SheetPlan): Promise<Uint8Array> {
  return replaceSheets(bytes, [{ name, plan }]);
}

/**
 * The .xlsx with each named sheet replaced by its plan (with its charts), all in one file written
 * once. ExcelJS keeps no charts, so the other sheets lose theirs.
 */
export async function replaceSheets(
  bytes: Uint8Array,
  replacements: readonly { name: string; plan: SheetPlan }[],
): Promise<Uint8Array> {
  const workbook = await load(bytes);
  const positions = replacements.map(({ name }) => {
    const old = workbook.getWorksheet(name);
    if (!old) throw new Error(`No sheet "${name}"`);
    return workbook.worksheets.indexOf(old);
  });
  for (const { name } of replacements) workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
  const taken = new Set(workbook.worksheets.flatMap((s) => tablesOf(s).map((t) => t.name)));
  const added = replacements.map(({ name, plan }) => {
    writeSheet(workbook, plan, name, taken);
    return workbook.getWorksheet(name)!;
  });
  // ExcelJS orders sheets by orderNo: each new sheet takes its old one's place.
  const ordered = workbook.worksheets.filter((s) => !added.includes(s));
  [...added.keys()]
    .sort((a, b) => positions[a]! - positions[b]!)
    .forEach((i) => ordered.splice(positions[i]!, 0, added[i]!));
  ordered.forEach((sheet, i) => ((sheet as unknown as { orderNo: number }).orderNo = i));
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  // ExcelJS writes no charts: the new sheets' charts are added to the package as writeWorkbook does.
  if (!replacements.some(({ plan }) => (plan.charts ?? []).length > 0)) return written;
  const { addCharts } = await import(/* webpackChunkName: "xlsx-charts" */ "./add-charts");
  return addCharts(
    written,
    replacements.map(({ name, plan }, i) => ({
      sheetNumber: ordered.indexOf(added[i]!) + 1,
      sheetName: name,
      charts: plan.charts ?? [],
    })),
  );
}

import { rangeAddress, uniqueSheetName, uniqueTableName, type SheetPlan } from "../layout";
import type { ExcelContextPort, TablePort, WorksheetPort } from "./excel-port";
import { OPERATION_OVERHEAD, payloadBytes } from "./payload-size";
import { applyCellStyle, styleOperationCount } from "./range-format";
import { addChart, chartOperationCount } from "./sheet-charts";
import { DEFAULT_REQUEST_BUDGET, RequestBatcher } from "./request-batcher";
import {
  addConditionalFormat,
  addListValidation,
  addPageBreaks,
  applyPrintSetup,
  columnsAddress,
  freeze,
  rowsAddress,
} from "./sheet-features";
import { addressLists, cellsByStyle, styleRectangles } from "./style-areas";
import { valueChunks } from "./value-chunks";

/** Points per column-width unit: the unit is 7 px (Calibri 11's "0"), a pixel is 0.75 pt. */
const POINTS_PER_WIDTH_UNIT = 5.25;
/** Longest address list handed to getRanges at once. */
const MAX_ADDRESS_LIST = 2000;

export interface ApplyOptions {
  /** Bytes queued before an intermediate sync; default 4 MiB, under Excel on the web's 5 MB. */
  requestBudget?: number;
  /** Make the new sheet the active one (default true). */
  activate?: boolean;
  /**
   * A sheet the new one takes the place of, in the same request: deleted after the new sheet is
   * written, its name and its tables' names passed on. Should that last step fail with the old
   * sheet already gone, the new one is kept under the old name rather than lost too.
   */
  replaces?: { sheet: string; tables: readonly string[] };
}

export interface AppliedSheet {
  /** The name the sheet got: the plan's, or with a " (2)" suffix when taken. */
  name: string;
  tables: string[];
  /** context.sync() calls made, the initial read included. */
  syncs: number;
  /** Estimated size of each request sent after the initial read. */
  requestBytes: number[];
}

/** Consecutive equal values as [first, last, value] runs. */
function runs(values: [number, number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [index, value] of [...values].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last[1] === index - 1 && last[2] === value) last[1] = index;
    else out.push([index, index, value]);
  }
  return out;
}

async function writePlan(
  sheet: WorksheetPort,
  plan: SheetPlan,
  tableNames: string[],
  batch: RequestBatcher,
): Promise<TablePort[]> {
  for (const [first, last, width] of runs(plan.columnWidths.map((w, i) => [i, w]))) {
    await batch.reserve(OPERATION_OVERHEAD);
    sheet.getRange(columnsAddress(first, last)).format.columnWidth = width * POINTS_PER_WIDTH_UNIT;
  }

  // Number formats before values: Excel reads a written string according to its cell's format.
  for (const chunk of valueChunks(plan, batch.chunkBytes)) {
    await batch.reserve(chunk.bytes + 3 * OPERATION_OVERHEAD);
    const range = sheet.getRange(rangeAddress(chunk.range));
    range.numberFormat = chunk.numberFormat;
    range.values = chunk.values;
    if (chunk.formulas) range.formulas = chunk.formulas;
  }

  for (const [name, cells] of cellsByStyle(plan)) {
    const style = plan.styles[name];
    if (!style) throw new Error(`Style "${name}" is not defined in the plan of ${plan.name}`);
    for (const addresses of addressLists(styleRectangles(cells, style), MAX_ADDRESS_LIST)) {
      await batch.reserve(payloadBytes(addresses) + styleOperationCount(style) * OPERATION_OVERHEAD);
      applyCellStyle(sheet.getRanges(addresses).format, style);
    }
  }

  for (const merge of plan.merges) {
    await batch.reserve(OPERATION_OVERHEAD);
    sheet.getRange(rangeAddress(merge)).merge(false);
  }

  const heights = Object.entries(plan.rowHeights).map(([row, h]): [number, number] => [Number(row), h]);
  for (const [first, last, height] of runs(heights)) {
    await batch.reserve(OPERATION_OVERHEAD);
    sheet.getRange(rowsAddress(first, last)).format.rowHeight = height;
  }

  const charts = plan.charts ?? [];
  const features =
    5 * plan.tables.length +
    3 * plan.validations.length +
    4 * plan.conditionalFormats.length +
    charts.reduce((n, chart) => n + chartOperationCount(chart), 0) +
    20;
  await batch.reserve(features * OPERATION_OVERHEAD);
  // Tables last among the cell work: Excel builds a table over what its range already holds.
  const added = plan.tables.map((table, i) => {
    const made = sheet.tables.add(rangeAddress(table.range), true);
    made.name = tableNames[i]!;
    made.style = table.style;
    made.showBandedRows = table.bandedRows;
    made.showFilterButton = table.autoFilter;
    return made;
  });
  for (const validation of plan.validations)
    addListValidation(sheet.getRange(rangeAddress(validation.range)), validation);
  for (const format of plan.conditionalFormats)
    addConditionalFormat(sheet.getRange(rangeAddress(format.range)), format);
  for (const chart of charts) addChart(sheet, chart);
  if (plan.freeze) freeze(sheet, plan.freeze.rows, plan.freeze.columns);
  if (plan.print) applyPrintSetup(sheet, plan.print);
  if (plan.pageBreaks) addPageBreaks(sheet, plan.pageBreaks);
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  return added;
}

/**
 * Adds a new worksheet carrying out `plan`, all or nothing: one sync reads the workbook's sheet
 * and table names, one sends everything (more only when the plan exceeds the request budget),
 * and on any failure the half-made sheet is deleted and the previously active sheet restored.
 * An existing sheet is never touched: a taken name gets a " (2)" suffix.
 * Needs ExcelApi 1.9 (getRanges, pageLayout).
 */
export async function applySheetPlan(
  context: ExcelContextPort,
  plan: SheetPlan,
  options: ApplyOptions = {},
): Promise<AppliedSheet> {
  const batch = new RequestBatcher(context, options.requestBudget ?? DEFAULT_REQUEST_BUDGET);
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await batch.read();

  const name = uniqueSheetName(
    plan.name,
    worksheets.items.map((s) => s.name),
  );
  const takenTables = new Set(tables.items.map((t) => t.name));
  const tableNames = plan.tables.map((table) => {
    const unique = uniqueTableName(table.name, takenTables);
    takenTables.add(unique);
    return unique;
  });
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- batch.read() above is the sync
  const previouslyActive = active.name;

  const replaced = options.replaces;
  let finalName = name;
  let finalTables = tableNames;
  try {
    const sheet = worksheets.add(name);
    const tables = await writePlan(sheet, plan, tableNames, batch);
    if (replaced) {
      await batch.reserve(OPERATION_OVERHEAD * (2 + tables.length));
      worksheets.getItem(replaced.sheet).delete();
      sheet.name = finalName = replaced.sheet;
      // The old sheet's table names are free once it is gone: the new tables take the wished ones.
      finalTables = plan.tables.map((table, i) => {
        const freed = replaced.tables.find((t) => t.toUpperCase() === table.name.toUpperCase());
        if (freed === undefined || freed === tableNames[i]) return tableNames[i]!;
        tables[i]!.name = freed;
        return freed;
      });
    }
    if (options.activate ?? true) sheet.activate();
    await batch.sync();
  } catch (error) {
    try {
      await rollBack(context, name, previouslyActive, replaced?.sheet);
    } catch (rollbackError) {
      throw new AggregateError(
        [error, rollbackError],
        `Adding sheet "${name}" failed and so did removing it again`,
      );
    }
    throw error;
  }
  return { name: finalName, tables: finalTables, syncs: batch.syncs, requestBytes: [...batch.sentBytes] };
}

/**
 * Deletes the sheet if any part of it reached the workbook and re-activates the former sheet;
 * when the sheet it was to replace is already gone, keeps it under that sheet's name instead.
 */
async function rollBack(
  context: ExcelContextPort,
  name: string,
  previouslyActive: string,
  replaced?: string,
): Promise<void> {
  const { worksheets } = context.workbook;
  const ghost = worksheets.getItemOrNullObject(name);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a plain flag, not a navigation
  ghost.load("isNullObject");
  const old = replaced === undefined ? null : worksheets.getItemOrNullObject(replaced);
  old?.load("isNullObject");
  await context.sync();
  if (ghost.isNullObject) return;
  if (old?.isNullObject && replaced !== undefined) {
    ghost.name = replaced;
    ghost.activate();
    await context.sync();
    return;
  }
  worksheets.getItem(previouslyActive).activate();
  ghost.delete();
  await context.sync();
}

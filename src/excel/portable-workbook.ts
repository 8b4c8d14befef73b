import type { Catalog } from "../catalog";
import { buildPortableSheets } from "../layout/portable-sheets";
import type { Locale } from "../model";
import {
  analyzeFormula,
  findCompetencyCalls,
  NATIVE_FUNCTIONS,
  portableNeeds,
  type CompetencyCall,
  type OriginalFormula,
  type PortableFormula,
} from "../portable";
import { applySheetPlan } from "./apply-sheet-plan";
import { recordToXml } from "./portable-record-xml";
import type { PortableContextPort } from "./portable-port";
import { scanWorkbook, type FormulaCell, type WorkbookScan } from "./workbook-scan";

/**
 * The task pane's three actions on a workbook's COMPETENCY formulas. Each reads the whole
 * workbook in two syncs, writes in one, and on a failed write puts back what it changed.
 *
 * - make portable: 2 (scan) + 1 (an earlier rewrite undone, only if there was one) + 2 per sheet
 *   added (data sheet, lookup sheet: 4) + 1 (formulas and record) = 7, or 8;
 * - restore formulas: 2 + 1 = 3;
 * - repair: 2 + 1 = 3 (counting the broken cells alone: 2).
 */
export interface PortableOutcome {
  /** Calls rewritten, by function id. */
  counts: Record<string, number>;
  cells: number;
  sheets: string[];
}

export interface PortableOptions {
  catalog: Catalog;
  defaultStandard: string | null;
  locale: Locale;
}

const FUNCTION_IDS = Object.keys(NATIVE_FUNCTIONS);

/** Queues writing each cell's formula; Excel spills a dynamic result by itself. */
function queueFormulas(context: PortableContextPort, cells: readonly FormulaCell[]): void {
  for (const cell of cells)
    context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address).formulas = [[cell.formula]];
}

/** Runs a write sync; if it fails, queues `undo`, syncs it, and throws the first error. */
async function syncOrUndo(context: PortableContextPort, undo: () => void): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    undo();
    await context.sync();
    throw error;
  }
}

/**
 * Every recorded cell that still holds the native formula written there gets its original back;
 * the record goes, and so do its sheets once no recorded cell reads them. Returns the formulas
 * of the workbook after it, and the recorded cells a person changed since.
 */
async function undoEarlierRewrite(
  context: PortableContextPort,
  scan: WorkbookScan,
): Promise<{ formulas: FormulaCell[]; restored: number; kept: number; sheets: string[] }> {
  const record = scan.record;
  if (!record) return { formulas: scan.formulas, restored: 0, kept: 0, sheets: scan.sheets };
  const key = (sheet: string, address: string) => `${sheet}!${address}`;
  const current = new Map(scan.formulas.map((f) => [key(f.sheet, f.address), f]));
  const restorable = record.formulas.filter(
    (o) => current.get(key(o.sheet, o.address))?.formula === o.native,
  );
  const kept = record.formulas.length - restorable.length;
  const originals = restorable.map((o: OriginalFormula) => ({
    sheet: o.sheet,
    address: o.address,
    formula: o.formula,
  }));
  const removed = kept === 0 ? record.sheets.filter((s) => scan.sheets.includes(s)) : [];
  queueFormulas(context, originals);
  for (const part of scan.recordParts) part.delete();
  for (const sheet of removed) context.workbook.worksheets.getItem(sheet).delete();
  await syncOrUndo(context, () =>
    queueFormulas(
      context,
      restorable.map((o) => ({ sheet: o.sheet, address: o.address, formula: o.native })),
    ),
  );
  for (const original of originals) current.set(key(original.sheet, original.address), original);
  return {
    formulas: [...current.values()],
    restored: restorable.length,
    kept,
    sheets: scan.sheets.filter((s) => !removed.includes(s)),
  };
}

/**
 * Make portable: every COMPETENCY call of every sheet becomes a native formula over a data sheet
 * and a lookup sheet added beside; the originals go into the record part. A failure on the last
 * write deletes the added sheets and puts the formulas back.
 */
export async function makeWorkbookPortable(
  context: PortableContextPort,
  options: PortableOptions,
): Promise<PortableOutcome> {
  const scan = await scanWorkbook(context);
  const { formulas, sheets } = await undoEarlierRewrite(context, scan);
  const rewrites: { cell: FormulaCell; analysis: PortableFormula }[] = [];
  for (const cell of formulas) {
    const analysis = analyzeFormula(cell.formula, {
      catalog: options.catalog,
      defaultStandard: options.defaultStandard,
      valueOf: (reference) => scan.valueOf(cell.sheet, reference),
    });
    if (analysis.kind === "portable") rewrites.push({ cell, analysis });
  }
  if (rewrites.length === 0) return { counts: {}, cells: 0, sheets: [] };

  const needs = portableNeeds(
    rewrites.map((r) => r.analysis),
    options.catalog,
  );
  const { plans, ranges } = buildPortableSheets({ ...options, ...needs, existingSheetNames: sheets });
  const added: string[] = [];
  try {
    for (const plan of plans) added.push((await applySheetPlan(context, plan, { activate: false })).name);
  } catch (error) {
    for (const name of added) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
    throw error;
  }

  const counts: Record<string, number> = {};
  const natives = rewrites.map(({ cell, analysis }) => {
    for (const [id, n] of Object.entries(analysis.counts)) counts[id] = (counts[id] ?? 0) + n;
    return { ...cell, formula: `=${analysis.render(ranges)}` };
  });
  queueFormulas(context, natives);
  const record = {
    sheets: added,
    formulas: rewrites.map(({ cell }, i) => ({ ...cell, native: natives[i]!.formula })),
  };
  context.workbook.customXmlParts.add(recordToXml(record));
  await syncOrUndo(context, () => {
    queueFormulas(
      context,
      rewrites.map(({ cell }) => cell),
    );
    for (const name of added) context.workbook.worksheets.getItem(name).delete();
  });
  return { counts, cells: rewrites.length, sheets: added };
}

/** Restore formulas: the originals back in every cell still holding what make portable wrote. */
export async function restoreWorkbookFormulas(
  context: PortableContextPort,
): Promise<{ restored: number; kept: number }> {
  const scan = await scanWorkbook(context);
  const { restored, kept } = await undoEarlierRewrite(context, scan);
  return { restored, kept };
}

/** The formula with each call saved in a broken form (`_xldudf_…`, `[n]!_xldudf_…`) named as typed. */
function repaired(formula: string): string | null {
  const broken: CompetencyCall[] = [];
  const visit = (calls: readonly CompetencyCall[]) => {
    for (const call of calls) {
      if (call.form !== "typed") broken.push(call);
      visit(call.inner);
    }
  };
  visit(findCompetencyCalls(formula, FUNCTION_IDS).calls);
  if (broken.length === 0) return null;
  let text = "";
  let at = 0;
  for (const call of broken.sort((a, b) => a.start - b.start)) {
    text += `${formula.slice(at, call.start)}COMPETENCY.${call.id}(`;
    at = call.nameEnd;
  }
  return text + formula.slice(at);
}

/** The cells whose COMPETENCY formulas were saved in a broken form: the pane says how many. */
export async function findBrokenFormulas(context: PortableContextPort): Promise<FormulaCell[]> {
  const scan = await scanWorkbook(context);
  return scan.formulas.filter((cell) => repaired(cell.formula) !== null);
}

/** Repair: each broken cell's formula entered again with the functions' own names, in one write. */
export async function repairWorkbookFormulas(context: PortableContextPort): Promise<number> {
  const broken = await findBrokenFormulas(context);
  if (broken.length === 0) return 0;
  queueFormulas(
    context,
    broken.map((cell) => ({ ...cell, formula: repaired(cell.formula)! })),
  );
  await syncOrUndo(context, () => queueFormulas(context, broken));
  return broken.length;
}

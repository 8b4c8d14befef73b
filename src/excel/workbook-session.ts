import { type WorkbookSession } from "../catalog/session";
import { pick, type Locale, type Result, type Standard } from "../model";
import { defaultStandardOf, queueDefaultStandardRead, writeDefaultStandard } from "./default-standard";
import {
  queueEmbeddedPartsRead,
  readEmbeddedStandards,
  removeEmbeddedStandard,
  storeEmbeddedStandard,
} from "./embedded-standards";
import type { ExcelRun } from "./excel-run";

/**
 * Loads what the open workbook carries into the session: its default standard and its stored
 * standards (validated; a bad one is skipped with a warning). Two syncs. The functions wait for it.
 */
export async function loadWorkbookIntoSession(
  session: WorkbookSession,
  run: ExcelRun,
  locale: Locale,
): Promise<void> {
  session.locale = locale;
  try {
    await run(async (context) => {
      const setting = queueDefaultStandardRead(context);
      const parts = queueEmbeddedPartsRead(context);
      await context.sync();
      const { standards, warnings } = await readEmbeddedStandards(context, parts);
      session.defaultStandard = defaultStandardOf(setting);
      session.catalog.removeSource("workbook");
      for (const standard of standards) session.catalog.add(standard, "workbook");
      session.warnings.push(...warnings.map((w) => pick(w, locale)));
    });
  } catch (error) {
    session.warnings.push(error instanceof Error ? error.message : String(error));
  } finally {
    for (const warning of session.warnings) console.warn(warning);
    session.markReady();
  }
}

/** Makes a loaded standard the workbook's default (or clears it), then recalculates. */
export async function setDefaultStandard(
  session: WorkbookSession,
  run: ExcelRun,
  reference: string | null,
): Promise<Result<string | null>> {
  let code: string | null = null;
  if (reference !== null) {
    const entry = session.catalog.resolve(reference);
    if (!entry.ok) return entry;
    code = entry.value.standard.code;
  }
  await run((context) => writeDefaultStandard(context, code));
  session.defaultStandard = code;
  return { ok: true, value: code };
}

/** Stores an imported standard in the workbook and loads it; recalculates so formulas see it. */
export async function importIntoWorkbook(
  session: WorkbookSession,
  run: ExcelRun,
  standard: Standard,
): Promise<void> {
  await run(async (context) => {
    await storeEmbeddedStandard(context, standard);
    context.workbook.application.calculate("Full");
    await context.sync();
  });
  session.catalog.add(standard, "workbook");
}

/** Removes a standard the workbook carries; the bundled copy (if any) is not affected. */
export async function removeFromWorkbook(
  session: WorkbookSession,
  run: ExcelRun,
  code: string,
): Promise<void> {
  await run(async (context) => {
    await removeEmbeddedStandard(context, code);
    context.workbook.application.calculate("Full");
    await context.sync();
  });
  const entry = session.catalog.entries().find((e) => e.standard.code === code);
  if (entry?.source !== "workbook") return;
  session.catalog.remove(code);
  const bundled = session.bundled.find((s) => s.code === code);
  if (bundled) session.catalog.add(bundled, "bundled");
}

import type { Result, Standard } from "../model";
import { queueDefaultStandardWrite } from "./default-standard";
import { removeEmbeddedStandard, storeEmbeddedStandard } from "./embedded-standards";
import type { ExcelRun } from "./excel-run";
import type { WorkbookSession } from "./workbook-session";

/**
 * Changes the session, then has Excel commit the queued writes and recalculate in one sync, so
 * every formula recalculates against the changed catalog. If the sync fails the change is undone:
 * session and workbook stay as they were.
 */
async function commitAndRecalculate(context: Excel.RequestContext, change: () => () => void): Promise<void> {
  const undo = change();
  try {
    context.workbook.application.calculate("Full");
    await context.sync();
  } catch (error) {
    undo();
    throw error;
  }
}

/** Puts `standard` as the workbook's copy of `code` in the catalog (null: none); returns how to undo it. */
function setWorkbookCopy(session: WorkbookSession, code: string, standard: Standard | null): () => void {
  const before = session.catalog.copy(code, "workbook")?.standard ?? null;
  const put = (copy: Standard | null): void => {
    if (copy) session.catalog.add(copy, "workbook");
    else session.catalog.remove(code, "workbook");
  };
  put(standard);
  return () => put(before);
}

/** Makes a loaded standard the workbook's default (or clears it) and recalculates: one sync. */
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
  await run((context) => {
    queueDefaultStandardWrite(context, code);
    return commitAndRecalculate(context, () => {
      const before = session.defaultStandard;
      session.setDefaultStandard(code);
      return () => session.setDefaultStandard(before);
    });
  });
  return { ok: true, value: code };
}

/** Stores an imported standard in the workbook (replacing its stored copy) and serves it: three syncs. */
export async function importIntoWorkbook(
  session: WorkbookSession,
  run: ExcelRun,
  standard: Standard,
): Promise<void> {
  await run(async (context) => {
    await storeEmbeddedStandard(context, standard);
    await commitAndRecalculate(context, () => setWorkbookCopy(session, standard.code, standard));
  });
}

/** Deletes the workbook's copy of a standard; a bundled or imported copy is served again: three syncs. */
export async function removeFromWorkbook(
  session: WorkbookSession,
  run: ExcelRun,
  code: string,
): Promise<void> {
  await run(async (context) => {
    await removeEmbeddedStandard(context, code);
    await commitAndRecalculate(context, () => setWorkbookCopy(session, code, null));
  });
}

import type { LocalizedText } from "../model";
import { defaultStandardOf, queueDefaultStandardRead } from "./default-standard";
import { queueEmbeddedPartsRead, readEmbeddedStandards } from "./embedded-standards";
import type { ExcelRun } from "./excel-run";
import type { WorkbookSession } from "./workbook-session";

/** The custom functions never wait longer than this for the workbook: Excel shows #BUSY! meanwhile. */
export const WORKBOOK_DEADLINE_MS = 1500;

export interface WorkbookLoad {
  /** Settles when the workbook has been read (or could not be). */
  done: Promise<void>;
  /** Settles when the workbook has been read, or at the deadline, whichever comes first. */
  withinDeadline: Promise<void>;
}

const UNAVAILABLE: LocalizedText = {
  zh: "無法讀取活頁簿（Excel 未就緒），函數只使用內建的職能基準。",
  en: "The workbook could not be read (Excel is not available): functions use the bundled standards only.",
};
const LATE: LocalizedText = {
  zh: "活頁簿讀取逾時，函數先以內建的職能基準回答，讀完後重新計算。",
  en: "Reading the workbook took too long: functions answered from the bundled standards and recalculate once it is read.",
};

function failed(error: unknown): LocalizedText {
  const reason = error instanceof Error ? error.message : String(error);
  return { zh: `無法讀取活頁簿：${reason}`, en: `The workbook could not be read: ${reason}` };
}

/**
 * Reads what the open workbook carries into the session, once: its default standard and its
 * stored standards (validated; a bad one is skipped with a warning), in two syncs. Every later
 * call returns the same load. Functions wait for it at most `deadlineMs`; a read that ends
 * after that asks Excel to recalculate, so the cells answered early catch up.
 */
export function loadWorkbook(
  session: WorkbookSession,
  run: ExcelRun | null,
  deadlineMs = WORKBOOK_DEADLINE_MS,
): WorkbookLoad {
  if (session.load) return session.load;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), deadlineMs)));
  const reading = run ? read(session, run) : unavailable(session);
  const first = Promise.race([reading.then(() => "read" as const), deadline]);
  const done = first.then(async (which) => {
    clearTimeout(timer);
    if (which === "read") return;
    session.addWarnings([LATE]);
    await reading;
    if (run) await recalculate(run);
  });
  session.load = { done, withinDeadline: first.then(() => undefined) };
  return session.load;
}

async function unavailable(session: WorkbookSession): Promise<void> {
  session.addWarnings([UNAVAILABLE]);
}

async function read(session: WorkbookSession, run: ExcelRun): Promise<void> {
  try {
    await run(async (context) => {
      const setting = queueDefaultStandardRead(context);
      const parts = queueEmbeddedPartsRead(context);
      await context.sync();
      const { standards, warnings } = await readEmbeddedStandards(context, parts);
      session.catalog.replaceSource("workbook", standards);
      session.setDefaultStandard(defaultStandardOf(setting));
      session.addWarnings(warnings);
    });
  } catch (error) {
    session.addWarnings([failed(error)]);
  }
}

async function recalculate(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  }).catch(() => undefined);
}

import type { SheetOutcome } from "../actions/actions";
import type { StatusMessage } from "../hooks/useActionRunner";
import type { Translate } from "../i18n/context";

/** The message after a sheet was inserted into Excel or downloaded. */
export function sheetDoneStatus(outcome: SheetOutcome, t: Translate): StatusMessage {
  return outcome.kind === "inserted"
    ? { intent: "success", text: t("doneInsert", { sheet: outcome.sheet }) }
    : { intent: "success", text: t("doneDownload", { file: outcome.fileName }) };
}

/** The message when inserting or downloading a sheet failed; in Excel, the applier rolled it back. */
export function sheetFailedStatus(reason: string, inExcel: boolean, t: Translate): StatusMessage {
  return inExcel
    ? { intent: "error", text: t("failInsert", { detail: reason }), detail: t("workbookUnchanged") }
    : { intent: "error", text: t("failDownload", { detail: reason }) };
}

/**
 * The functions bundle of the shared runtime, standing on its own: it reads the workbook itself
 * (through the loader the task pane shares) and answers every call within the loader's deadline,
 * from the standards it has, whether or not a task pane ever opens.
 */
import standards from "bundled-standards";
import { loadWorkbook } from "../excel/load-workbook";
import { officeRun } from "../excel/office-run";
import { sharedWorkbookSession } from "../excel/workbook-session";
import { serveFunctionsFrom } from "../functions/functions";
import { localeFromTag } from "../model";

const session = sharedWorkbookSession(standards);
const run = officeRun();
const load = loadWorkbook(session, run);
if (run && typeof Office !== "undefined") {
  void Office.onReady().then(() => (session.locale = localeFromTag(Office.context?.displayLanguage)));
}
serveFunctionsFrom(async () => {
  await load.withinDeadline;
  return session;
});

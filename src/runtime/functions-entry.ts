/**
 * The functions bundle of the shared runtime, standing on its own: it reads the workbook itself
 * (through the loader the task pane shares) and answers every call within the loader's deadline,
 * from the standards it has, whether or not a task pane ever opens.
 */
import standards from "bundled-standards";
import { loadWorkbook, WORKBOOK_DEADLINE_MS } from "../excel/load-workbook";
import { officeRun } from "../excel/office-run";
import { sharedWorkbookSession } from "../excel/workbook-session";
import { serveFunctionsFrom } from "../functions/functions";
import { localeFromTag } from "../model";

const session = sharedWorkbookSession(standards);
const load = loadWorkbook(session, officeRun());
const officeLanguage =
  typeof Office === "undefined"
    ? Promise.resolve()
    : Office.onReady().then(() => {
        session.locale = localeFromTag(Office.context?.displayLanguage);
      });
const deadline = new Promise<void>((resolve) => setTimeout(resolve, WORKBOOK_DEADLINE_MS));
const started = Promise.all([load.withinDeadline, Promise.race([officeLanguage, deadline])]);

serveFunctionsFrom(started.then(() => session));

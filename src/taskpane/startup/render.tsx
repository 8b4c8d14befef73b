import { webLightTheme, type Theme } from "@fluentui/react-theme";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { loadWorkbook } from "../../excel/load-workbook";
import { officeRun } from "../../excel/office-run";
import { sharedWorkbookSession } from "../../excel/workbook-session";
import { excelPaneActions } from "../../excel/taskpane-actions";
import type { Standard } from "../../model";
import type { TaskpaneActions } from "../actions/actions";
import { FIRST_RENDER_MARK } from "./first-render";
import { App } from "../App";
import { previewPaneActions } from "../actions/preview-actions";
import { chosenLocale } from "../preferences";
import { preloadViews } from "../components/lazy-views";
import { afterPaint } from "./after-paint";
import type { Host } from "./detect-host";

let rendered = false;

/** Marks the first commit of the pane, once (StrictMode runs effects twice in development). */
function FirstRenderMark() {
  useEffect(() => {
    if (rendered) return;
    rendered = true;
    performance.mark?.(FIRST_RENDER_MARK);
  }, []);
  return null;
}

/**
 * Prepares the session for the host (in Excel: the workbook's standards and default, read once
 * by the loader the functions share; the pane shows them when they arrive) and renders the pane
 * with the host's actions. The dark theme loads only where Office's theme is dark; the views the
 * pane does not open on, after it has painted.
 */
export async function renderTaskpane(container: HTMLElement, host: Host, bundled: Standard[]): Promise<void> {
  const session = sharedWorkbookSession(bundled);
  // A language the user chose in the pane outlasts a reload; else Office's, or the browser's.
  const locale = chosenLocale() ?? host.locale;
  session.locale = locale;
  const run = host.inExcel ? officeRun() : null;
  let actions: TaskpaneActions;
  if (run) {
    loadWorkbook(session, run);
    actions = excelPaneActions(session, run);
  } else {
    actions = previewPaneActions(session);
  }
  const theme: Theme = host.dark
    ? (await import(/* webpackChunkName: "dark-theme" */ "./dark-theme")).webDarkTheme
    : webLightTheme;
  createRoot(container).render(
    <StrictMode>
      <App session={session} actions={actions} locale={locale} theme={theme} />
      <FirstRenderMark />
    </StrictMode>,
  );
  // The other views load once the first has painted: opening one is then immediate.
  await afterPaint();
  await preloadViews();
}

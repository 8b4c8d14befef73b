import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { workbookSession } from "../catalog/session";
import { loadWorkbookIntoSession } from "../excel/workbook-session";
import type { ExcelRun } from "../excel/excel-run";
import { excelPaneActions } from "../excel/taskpane-actions";
import type { Standard } from "../model";
import type { TaskpaneActions } from "./actions";
import { FIRST_RENDER_MARK } from "./first-render";
import { App } from "./App";
import { previewPaneActions } from "./preview-actions";
import type { Host } from "./startup";

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
 * Prepares the session for the host (in Excel: the workbook's standards and default, loaded
 * once) and renders the pane with the host's actions.
 */
export async function renderTaskpane(container: HTMLElement, host: Host, bundled: Standard[]): Promise<void> {
  const session = workbookSession(bundled);
  let actions: TaskpaneActions;
  if (host.inExcel) {
    const run: ExcelRun = (batch) => Excel.run(batch);
    await loadWorkbookIntoSession(session, run, host.locale);
    actions = excelPaneActions(session, run);
  } else {
    session.locale = host.locale;
    session.markReady();
    actions = previewPaneActions(session);
  }
  createRoot(container).render(
    <StrictMode>
      <App
        session={session}
        actions={actions}
        locale={host.locale}
        theme={host.dark ? webDarkTheme : webLightTheme}
      />
      <FirstRenderMark />
    </StrictMode>,
  );
}

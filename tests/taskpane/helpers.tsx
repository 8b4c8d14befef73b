import { render, screen, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import standards from "bundled-standards";
import { createWorkbookSession, type WorkbookSession } from "../../src/excel/workbook-session";
import type { Locale, Standard } from "../../src/model";
import type {
  ExcelPaneActions,
  PreviewPaneActions,
  TaskpaneActions,
} from "../../src/taskpane/actions/actions";
import { App } from "../../src/taskpane/App";

/** A session of its own for each test (the real one lives on globalThis). */
export function testSession(bundled: readonly Standard[] = standards): WorkbookSession {
  return createWorkbookSession(bundled);
}

/** Excel's side of the pane, replaced at its seam: every call is recorded and succeeds. */
export function fakeExcelActions(session: WorkbookSession): jest.Mocked<ExcelPaneActions> {
  return {
    mode: "excel",
    insertSheet: jest.fn(async (plan) => ({ kind: "inserted" as const, sheet: plan.name })),
    setDefaultStandard: jest.fn(async (code: string | null) => {
      session.setDefaultStandard(code);
      return { ok: true as const, value: code };
    }),
    insertFormula: jest.fn(async (_formula: string) => ({ ok: true as const, cell: "B2" })),
    readSelectedNames: jest.fn(async () => ({ ok: false as const, reason: "empty" as const, address: "A1" })),
    storeStandard: jest.fn(async (standard: Standard) => {
      session.catalog.add(standard, "workbook");
    }),
    removeStandard: jest.fn(async (code: string) => {
      session.catalog.remove(code, "workbook");
    }),
  };
}

export function fakePreviewActions(session: WorkbookSession): jest.Mocked<PreviewPaneActions> {
  return {
    mode: "preview",
    insertSheet: jest.fn(async (plan) => ({ kind: "downloaded" as const, fileName: `${plan.name}.xlsx` })),
    storeStandard: jest.fn(async (standard: Standard) => {
      session.catalog.add(standard, "imported");
    }),
    removeStandard: jest.fn(async (code: string) => {
      session.catalog.remove(code, "imported");
    }),
  };
}

export interface RenderedPane extends RenderResult {
  user: UserEvent;
}

export function renderPane(
  session: WorkbookSession,
  actions: TaskpaneActions,
  locale: Locale = "zh",
): RenderedPane {
  const user = userEvent.setup();
  return { user, ...render(<App session={session} actions={actions} locale={locale} />) };
}

/** A document of tests/taskpane/fixtures. */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, "fixtures", name), "utf8");
}

/** The message bar of the last action (the live region repeats its text, for screen readers). */
export function findStatus(text: string | RegExp): Promise<HTMLElement> {
  return screen.findByText(text, { selector: ".fui-MessageBarBody" });
}

/** The formula shown in the formula panel (its pieces are separate spans, so it wraps between them). */
export function shownFormula(formula: string): HTMLElement {
  return screen.getByText(
    (_content, element) => element?.tagName === "CODE" && element.textContent === formula,
  );
}

import { render, screen, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import standards from "bundled-standards";
import { createWorkbookSession, type WorkbookSession } from "../../src/excel/workbook-session";
import type { Locale, Standard } from "../../src/model";
import type { ReadValue } from "../../src/layout/staffing-matrix";
import type {
  ExcelPaneActions,
  PreviewPaneActions,
  TaskpaneActions,
} from "../../src/taskpane/actions/actions";
import { App } from "../../src/taskpane/App";
import { preloadViews } from "../../src/taskpane/components/lazy-views";

// The views load as the pane's startup loads them, once it has painted: before these tests
// click into them. tests/taskpane/lazy-view.test.tsx shows a view that is still loading.
beforeAll(preloadViews);

/** A session of its own for each test (the real one lives on globalThis). */
export function testSession(bundled: readonly Standard[] = standards): WorkbookSession {
  return createWorkbookSession(bundled);
}

/** Excel's side of the pane, replaced at its seam: every call is recorded and succeeds. */
export function fakeExcelActions(session: WorkbookSession): jest.Mocked<ExcelPaneActions> {
  return {
    mode: "excel",
    insertSheet: jest.fn(async (plan) => ({ kind: "inserted" as const, sheet: plan.name })),
    insertSheets: jest.fn(async (plans) => ({ kind: "inserted" as const, sheet: plans[0]!.name })),
    sheetNames: jest.fn(async () => ["工作表1"]),
    readSheetValues: jest.fn(async (_sheet: string, _address: string): Promise<ReadValue[][]> => []),
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
    makePortable: jest.fn(async (_locale: Locale) => ({
      counts: { KNOWLEDGE: 2 },
      cells: 2,
      sheets: ["職能資料", "職能查詢表"],
    })),
    restoreFormulas: jest.fn(async () => ({ restored: 2, kept: 0 })),
    countBrokenFormulas: jest.fn(async () => 0),
    repairFormulas: jest.fn(async () => 0),
    moveMatrix: jest.fn(async (code: string, _locale: Locale) => ({
      ok: true as const,
      value: {
        sheet: "人員職能矩陣",
        from: code.replace(/v\d+$/, "v1"),
        summary: {
          kept: ["T1.1"],
          carried: ["T1.2→T2.3"],
          review: ["T2.2"],
          archived: [] as string[],
          added: [] as string[],
        },
      },
    })),
  };
}

export function fakePreviewActions(session: WorkbookSession): jest.Mocked<PreviewPaneActions> {
  return {
    mode: "preview",
    insertSheet: jest.fn(async (plan) => ({ kind: "downloaded" as const, fileName: `${plan.name}.xlsx` })),
    insertSheets: jest.fn(async (plans) => ({
      kind: "downloaded" as const,
      fileName: `${plans[0]!.name}.xlsx`,
    })),
    sheetNames: jest.fn(async () => []),
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

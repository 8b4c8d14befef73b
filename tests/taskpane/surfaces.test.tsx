/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import standards from "bundled-standards";
import { createRoot } from "react-dom/client";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { renderTaskpane } from "../../src/taskpane/startup/render";
import { fakeExcelActions, fakePreviewActions, renderPane, testSession } from "./helpers";

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = "";
});

describe("the language", () => {
  it("chosen in the pane survives a reload, over the browser's or Office's", async () => {
    const session = testSession();
    const { user, unmount } = renderPane(session, fakePreviewActions(session), "zh");
    await user.selectOptions(screen.getByRole("combobox", { name: "語言 Language" }), "English");
    unmount();

    for (const inExcel of [false, true]) {
      document.body.innerHTML = "";
      const root = document.body.appendChild(document.createElement("div"));
      (globalThis as { Excel?: unknown }).Excel = inExcel
        ? { run: jest.fn(async () => undefined) }
        : undefined;
      await act(() => renderTaskpane(root, { inExcel, locale: "zh", dark: false }, standards));
      expect(screen.getByRole("heading", { name: "Competency standards", level: 1 })).toBeTruthy();
      expect(document.documentElement.lang).toBe("en");
    }
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("follows Office (or the browser) until the user chooses", async () => {
    const root = document.body.appendChild(document.createElement("div"));
    await act(() => renderTaskpane(root, { inExcel: false, locale: "zh", dark: false }, standards));
    expect(screen.getByRole("heading", { name: "職能基準", level: 1 })).toBeTruthy();
  });

  it("in Excel can be chosen too, and is kept", async () => {
    const session = testSession();
    const { user } = renderPane(session, fakeExcelActions(session), "zh");
    await user.selectOptions(screen.getByRole("combobox", { name: "語言 Language" }), "English");
    expect(screen.getByRole("heading", { name: "Competency standards", level: 1 })).toBeTruthy();
    expect(localStorage.getItem("competency.locale")).toBe("en");
  });

  it("is the page's lang in the same commit that shows its text, never a moment later", async () => {
    // Outside act, as in a browser: React's commit is one task, its passive effects a later one.
    const reactGlobals = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironment = reactGlobals.IS_REACT_ACT_ENVIRONMENT;
    reactGlobals.IS_REACT_ACT_ENVIRONMENT = false;
    document.documentElement.lang = "zh-Hant-TW";
    const container = document.body.appendChild(document.createElement("div"));
    const langWhenShown: string[] = [];
    // A mutation record is delivered right after the task that made it: what a reader sees first.
    const observer = new MutationObserver(() => {
      if (container.querySelector("h1")) langWhenShown.push(document.documentElement.lang);
    });
    observer.observe(container, { childList: true, subtree: true });
    const root = createRoot(container);
    try {
      root.render(
        <I18nProvider locale="en">
          <h1>Competency standards</h1>
        </I18nProvider>,
      );
      await waitFor(() => expect(langWhenShown.length).toBeGreaterThan(0));
    } finally {
      observer.disconnect();
      root.unmount();
      reactGlobals.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
    expect(langWhenShown[0]).toBe("en");
  });
});

describe("landmarks, notices and filters", () => {
  it("puts the pane in a main landmark", () => {
    const session = testSession();
    renderPane(session, fakePreviewActions(session));
    const main = screen.getByRole("main");
    expect(within(main).getByRole("heading", { name: "職能基準", level: 1 })).toBeTruthy();
    expect(within(main).getByRole("tablist")).toBeTruthy();
  });

  it("lets the preview notice be closed, for good", async () => {
    const session = testSession();
    const { user, unmount } = renderPane(session, fakePreviewActions(session));
    await user.click(screen.getByRole("button", { name: "關閉預覽模式說明" }));
    expect(screen.queryByText("預覽模式：未連線到 Excel")).toBeNull();
    unmount();
    renderPane(session, fakePreviewActions(session));
    expect(screen.queryByText("預覽模式：未連線到 Excel")).toBeNull();
  });

  it("says that no kind chosen searches every kind, and shows a chosen kind plainly", async () => {
    const session = testSession();
    const { user } = renderPane(session, fakePreviewActions(session));
    const kinds = screen.getByRole("group", { name: "搜尋範圍" });
    expect(kinds.getAttribute("aria-describedby")).toBe("search-kinds-hint");
    expect(document.getElementById("search-kinds-hint")!.textContent).toBe("可複選；都不選時搜尋全部類別。");
    const knowledge = within(kinds).getByRole("button", { name: "知識" });
    expect(knowledge.getAttribute("aria-pressed")).toBe("false");
    await user.click(knowledge);
    expect(knowledge.getAttribute("aria-pressed")).toBe("true");
    // Chosen: a check mark (and the filled primary look), not a faint tint.
    expect(knowledge.querySelector("svg")).not.toBeNull();
    const task = within(kinds).getByRole("button", { name: "工作任務" });
    expect(task.querySelector("svg")).toBeNull();
  });
});

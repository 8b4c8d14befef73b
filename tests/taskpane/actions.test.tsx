/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import {
  fakeExcelActions,
  fakePreviewActions,
  renderPane,
  testSession,
  findStatus,
  shownFormula,
} from "./helpers";

async function openInExcel() {
  const session = testSession();
  const actions = fakeExcelActions(session);
  const pane = renderPane(session, actions);
  await pane.user.click(screen.getByRole("button", { name: /雲端架構工程人員/ }));
  return { ...pane, session, actions };
}

/** A promise settled from outside, to hold an action in progress. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("actions in Excel", () => {
  it("inserts the standard as a formatted sheet built in the pane's language", async () => {
    const { user, actions } = await openInExcel();
    await user.click(screen.getByRole("button", { name: "插入職能基準工作表" }));
    expect(actions.insertSheet).toHaveBeenCalledTimes(1);
    const plan = actions.insertSheet.mock.calls[0]![0];
    expect(plan.name).toBe("INM2521-001v2 雲端架構工程人員");
    expect(plan.cells.some((cell) => cell.value?.kind === "text" && cell.value.text === "工作任務")).toBe(
      true,
    );
    expect(await findStatus("已插入工作表「INM2521-001v2 雲端架構工程人員」。")).toBeTruthy();
  });

  it("puts the message away when the user moves on", async () => {
    const { user } = await openInExcel();
    await user.click(screen.getByRole("button", { name: "插入職能基準工作表" }));
    expect(await findStatus(/已插入工作表/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "返回清單" }));
    expect(screen.queryByText(/已插入工作表/, { selector: ".fui-MessageBarBody" })).toBeNull();
  });

  it("inserts the data sheet", async () => {
    const { user, actions } = await openInExcel();
    await user.click(screen.getByRole("button", { name: "插入資料工作表" }));
    const plan = actions.insertSheet.mock.calls[0]![0];
    expect(plan.name).toBe("職能資料");
    expect(plan.tables.map((table) => table.name)).toEqual(["CompetencyData"]);
  });

  it("shows progress during a long action and cannot start it twice", async () => {
    const { user, actions } = await openInExcel();
    const pending = deferred<{ kind: "inserted"; sheet: string }>();
    actions.insertSheet.mockReturnValueOnce(pending.promise);
    const insert = screen.getByRole("button", { name: "插入職能基準工作表" });
    await user.click(insert);
    expect(screen.getByRole("progressbar", { name: "正在插入工作表…" })).toBeTruthy();
    expect(insert.getAttribute("aria-disabled")).toBe("true");
    await user.click(insert);
    await user.click(screen.getByRole("button", { name: "插入資料工作表" }));
    expect(actions.insertSheet).toHaveBeenCalledTimes(1);

    pending.resolve({ kind: "inserted", sheet: "INM2521-001v2 雲端架構工程人員" });
    expect(await findStatus(/已插入工作表/)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(insert.getAttribute("aria-disabled")).toBeNull();
  });

  it("shows a clear message bar when an action fails, saying the workbook was not changed", async () => {
    const { user, actions } = await openInExcel();
    actions.insertSheet.mockRejectedValueOnce(new Error("The request payload size has exceeded the limit."));
    await user.click(screen.getByRole("button", { name: "插入職能基準工作表" }));
    const bar = await screen.findByRole("group", { name: "未完成" });
    const message = "無法插入工作表：The request payload size has exceeded the limit. 活頁簿沒有任何變更。";
    expect(bar.textContent).toBe(`未完成${message}`);
    // Screen readers hear it at once (the bar announces itself as it mounts).
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain(message));
    await user.click(screen.getByRole("button", { name: "關閉訊息" }));
    expect(screen.queryByRole("group", { name: "未完成" })).toBeNull();
  });

  it("makes the standard the workbook's default, then formulas omit it", async () => {
    const { user, actions } = await openInExcel();
    expect(shownFormula('=COMPETENCY.KNOWLEDGE("T1.1","INM2521-001v2")')).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "設為預設職能基準" }));
    expect(actions.setDefaultStandard).toHaveBeenCalledWith("INM2521-001v2");
    expect(await findStatus("INM2521-001v2 已設為預設職能基準，公式已重新計算。")).toBeTruthy();
    expect(screen.getByText("預設")).toBeTruthy();
    expect(shownFormula('=COMPETENCY.KNOWLEDGE("T1.1")')).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "取消預設職能基準" }));
    expect(actions.setDefaultStandard).toHaveBeenLastCalledWith(null);
    expect(await findStatus("已取消預設職能基準，公式已重新計算。")).toBeTruthy();
  });

  it("inserts the selected task's formula at the active cell", async () => {
    const { user, actions } = await openInExcel();
    await user.selectOptions(screen.getByRole("combobox", { name: "工作任務" }), "T2.2 雲端系統架構開發");
    await user.click(screen.getByRole("button", { name: "插入到作用中儲存格" }));
    expect(actions.insertFormula).toHaveBeenCalledWith('=COMPETENCY.KNOWLEDGE("T2.2","INM2521-001v2")');
    expect(await findStatus("已在 B2 插入公式。")).toBeTruthy();
  });

  it("refuses to overwrite a cell that holds something", async () => {
    const { user, actions } = await openInExcel();
    actions.insertFormula.mockResolvedValueOnce({ ok: false, reason: "cellNotEmpty", cell: "C3" });
    await user.click(screen.getByRole("button", { name: "插入到作用中儲存格" }));
    const bar = await screen.findByRole("group", { name: "未完成" });
    expect(bar.textContent).toBe(
      "未完成儲存格 C3 已有內容。請選取空白儲存格後再試一次。 活頁簿沒有任何變更。",
    );
  });

  it("starts in Office's display language, and lets the user choose another", async () => {
    const session = testSession();
    renderPane(session, fakeExcelActions(session), "en");
    expect(screen.getByRole("combobox", { name: "Language 語言" })).toHaveProperty("value", "en");
    expect(screen.queryByText(/Preview mode/)).toBeNull();
    expect(screen.getByRole("heading", { name: "Competency standards", level: 1 })).toBeTruthy();
  });
});

describe("preview mode (no Excel)", () => {
  it("says plainly that it is not connected to Excel, and every insert becomes a download", async () => {
    const session = testSession();
    const actions = fakePreviewActions(session);
    const { user } = renderPane(session, actions);
    expect(screen.getByText("預覽模式：未連線到 Excel")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /雲端資訊服務人員/ }));
    expect(screen.queryByRole("button", { name: "設為預設職能基準" })).toBeNull();
    expect(screen.queryByRole("button", { name: "插入到作用中儲存格" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "下載職能基準工作表（.xlsx）" }));
    expect(actions.insertSheet).toHaveBeenCalledTimes(1);
    expect(await findStatus("已下載 IIS3512-001v1 雲端資訊服務人員.xlsx。")).toBeTruthy();
  });

  it("switches the language, and the sheets follow it", async () => {
    const session = testSession();
    const actions = fakePreviewActions(session);
    const { user } = renderPane(session, actions);
    await user.selectOptions(screen.getByRole("combobox", { name: "語言 Language" }), "English");
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByText("Preview mode: not connected to Excel")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /雲端資訊服務人員/ }));
    await user.click(screen.getByRole("button", { name: "Download the data sheet (.xlsx)" }));
    await waitFor(() => expect(actions.insertSheet).toHaveBeenCalled());
    expect(actions.insertSheet.mock.calls[0]![0].name).toBe("Competency data");
  });
});

describe("warnings of reading the workbook", () => {
  const warning = {
    zh: "略過活頁簿中的職能基準：格式不符。",
    en: "Ignored a standard stored in the workbook.",
  };

  it("are shown in Excel, in the pane's language", () => {
    const session = testSession();
    session.addWarnings([warning]);
    renderPane(session, fakeExcelActions(session));
    expect(screen.getByText("載入活頁簿時發現問題")).toBeTruthy();
    expect(screen.getByText(warning.zh)).toBeTruthy();
  });

  it("are not shown in preview mode, where there is no workbook", () => {
    const session = testSession();
    session.addWarnings([warning]);
    renderPane(session, fakePreviewActions(session));
    expect(screen.queryByText("載入活頁簿時發現問題")).toBeNull();
  });
});

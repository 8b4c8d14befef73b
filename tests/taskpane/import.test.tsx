/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { toStandardsFile, loadDocument } from "../../src/catalog";
import {
  fakeExcelActions,
  fakePreviewActions,
  fixture,
  renderPane,
  testSession,
  findStatus,
} from "./helpers";

const DOCUMENT = fixture("security-officer.txt");
/** The same document without its attitudes section: readable, with one warning. */
const WITHOUT_ATTITUDES = DOCUMENT.replace(/職能內涵 \(A=attitude 態度\)[\s\S]*?(?=說明與補充事項)/, "");

async function pasteAndCheck(text: string, excel = true) {
  const session = testSession();
  const actions = excel ? fakeExcelActions(session) : fakePreviewActions(session);
  const pane = renderPane(session, actions);
  await pane.user.click(screen.getByRole("tab", { name: "匯入" }));
  await pane.user.click(screen.getByRole("textbox", { name: "文件內容" }));
  await pane.user.paste(text);
  await pane.user.click(screen.getByRole("button", { name: "檢查內容" }));
  return { ...pane, session, actions };
}

const preview = (): HTMLElement => screen.getByRole("region", { name: "讀到的內容" });

describe("import", () => {
  it("shows the parsed standard and its diagnostics before anything is saved", async () => {
    const { actions, session } = await pasteAndCheck(WITHOUT_ATTITUDES);
    const shown = preview();
    expect(document.activeElement).toBe(within(shown).getByRole("heading", { name: "讀到的內容" }));
    expect(within(shown).getByRole("heading", { name: "資訊安全管理人員", level: 4 })).toBeTruthy();
    expect(within(shown).getByText("ICT2529-009v1 · 基準級別 3 · V1 · 2025-03-01")).toBeTruthy();
    expect(within(shown).getByText("1 項主要職責、2 項工作任務、3 項知識、3 項技能、0 項態度")).toBeTruthy();
    const problems = within(shown).getByRole("region", { name: "檢查結果" });
    expect(within(problems).getByText("0 個錯誤、1 個警告、0 則提示")).toBeTruthy();
    expect(within(problems).getByRole("listitem").textContent).toBe(
      "警告第 18 行找不到職能內涵（A=attitude 態度）。",
    );
    // Nothing is stored yet.
    expect(actions.storeStandard).not.toHaveBeenCalled();
    expect(session.catalog.size).toBe(2);
  });

  it("stores the standard in the workbook on confirmation and opens it", async () => {
    const { user, actions, session } = await pasteAndCheck(DOCUMENT);
    expect(within(preview()).getByText("沒有發現問題。")).toBeTruthy();
    expect(within(preview()).getByText("匯入的職能基準會存入活頁簿，隨檔案一起保存與傳送。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "匯入並存入活頁簿" }));

    expect(actions.storeStandard).toHaveBeenCalledTimes(1);
    expect(actions.storeStandard.mock.calls[0]![0].code).toBe("ICT2529-009v1");
    expect(session.catalog.resolve("ICT2529-009v1").ok).toBe(true);
    expect(await findStatus(/已匯入 ICT2529-009v1 資訊安全管理人員，並存入活頁簿/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "職能基準", selected: true })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "資訊安全管理人員", level: 2 })).toBeTruthy();
    expect(screen.getByText("存於活頁簿")).toBeTruthy();
  });

  it("refuses a document with errors and says why", async () => {
    const broken = DOCUMENT.replace(/主要職責\t工作任務[\s\S]*?(?=職能內涵 \(A)/, "");
    const { actions } = await pasteAndCheck(broken);
    const problems = within(preview()).getByRole("region", { name: "檢查結果" });
    expect(within(problems).getByText(/^[1-9]\d* 個錯誤/)).toBeTruthy();
    expect(within(problems).getAllByText("錯誤").length).toBeGreaterThan(0);
    expect(within(preview()).getByText("文件有錯誤，無法匯入。請修正後再檢查一次。")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "匯入並存入活頁簿" })).toBeNull();
    expect(actions.storeStandard).not.toHaveBeenCalled();
  });

  it("asks for a document when there is nothing to check", async () => {
    const session = testSession();
    const { user } = renderPane(session, fakeExcelActions(session));
    await user.click(screen.getByRole("tab", { name: "匯入" }));
    await user.click(screen.getByRole("button", { name: "檢查內容" }));
    expect(screen.getByText("請先貼上文字或選擇檔案。")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "讀到的內容" })).toBeNull();
  });

  it("reads a picked .json file and, in preview mode, keeps it for the session only", async () => {
    const session = testSession();
    const actions = fakePreviewActions(session);
    const { user, container } = renderPane(session, actions);
    await user.click(screen.getByRole("tab", { name: "匯入" }));
    const json = JSON.stringify(toStandardsFile(loadDocument(DOCUMENT).standards));
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([json], "security.json", { type: "application/json" }));

    expect(await screen.findByText("已讀取 security.json。")).toBeTruthy();
    expect(within(preview()).getByText("JSON 檔")).toBeTruthy();
    expect(within(preview()).getByRole("heading", { name: "資訊安全管理人員" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "匯入（僅限本次預覽）" }));
    expect(await findStatus(/僅限本次預覽，不會保存/)).toBeTruthy();
    expect(screen.getByText("已匯入")).toBeTruthy();
  });

  it("removes an imported standard after confirmation", async () => {
    const { user, actions, session } = await pasteAndCheck(DOCUMENT);
    await user.click(screen.getByRole("button", { name: "匯入並存入活頁簿" }));
    await user.click(await screen.findByRole("button", { name: "移除此職能基準" }));
    expect(screen.getByText("活頁簿中的這份職能基準會被刪除。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "取消" }));
    expect(actions.removeStandard).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "移除此職能基準" }));
    await user.click(screen.getByRole("button", { name: "移除" }));
    expect(actions.removeStandard).toHaveBeenCalledWith("ICT2529-009v1");
    expect(await findStatus("已移除 ICT2529-009v1。")).toBeTruthy();
    expect(session.catalog.resolve("ICT2529-009v1").ok).toBe(false);
    expect(screen.getByRole("region", { name: "已載入的職能基準" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /資訊安全管理人員/ })).toBeNull();
  });

  it("offers no removal for a bundled standard", async () => {
    const session = testSession();
    const { user } = renderPane(session, fakeExcelActions(session));
    await user.click(screen.getByRole("button", { name: /雲端架構工程人員/ }));
    expect(screen.queryByRole("button", { name: "移除此職能基準" })).toBeNull();
  });
});

/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import type { SheetPlan } from "../../src/layout";
import type { WorkbookSession } from "../../src/excel/workbook-session";
import type { SelectedNames, TaskpaneActions } from "../../src/taskpane/actions/actions";
import { fakeExcelActions, fakePreviewActions, findStatus, renderPane, testSession } from "./helpers";

const CLOUD = /雲端架構工程人員/;
const SERVICE = /雲端資訊服務人員/;

/** The pane on its matrix tab, with Excel's actions (or preview mode's) replaced at the seam. */
async function openMatrix<A extends TaskpaneActions>(fakeActions: (session: WorkbookSession) => A) {
  const session = testSession();
  const actions = fakeActions(session);
  const pane = renderPane(session, actions);
  await pane.user.click(screen.getByRole("tab", { name: "人員職能矩陣" }));
  return { ...pane, actions };
}

/** Replaces what a number field holds. */
async function retype(user: UserEvent, name: string, text: string): Promise<void> {
  const field = screen.getByRole("spinbutton", { name });
  await user.clear(field);
  if (text !== "") await user.type(field, text);
}

function textOf(plan: SheetPlan, row: number, col: number): string | null {
  const value = plan.cells.find((c) => c.row === row && c.col === col)?.value;
  return value?.kind === "text" ? value.text : null;
}

/** The matrix table's header row, and [name, role] of each person under it. */
function tableOf(plan: SheetPlan) {
  const { range } = plan.tables.find((table) => table.name === "StaffingMatrix")!;
  const cols = Array.from({ length: range.right - range.left + 1 }, (_, i) => range.left + i);
  const rows = Array.from({ length: range.bottom - range.top }, (_, i) => range.top + 1 + i);
  return {
    header: cols.map((col) => textOf(plan, range.top, col)),
    people: rows.map((row) => [textOf(plan, row, 0), textOf(plan, row, 1)]),
  };
}

/** The dropdown values of the rating cells and of the role column. */
function dropdowns(plan: SheetPlan) {
  const [ratings, roles] = plan.validations;
  return { ratings: ratings?.values, roles: roles?.values };
}

/** The plan of the one sheet inserted: building it waits for the progress bar to be painted. */
async function insertedPlan(actions: {
  insertSheet: { mock: { calls: [SheetPlan][] } };
}): Promise<SheetPlan> {
  await waitFor(() => expect(actions.insertSheet).toHaveBeenCalledTimes(1));
  return actions.insertSheet.mock.calls[0]![0];
}

/** A promise settled from outside, to hold an action in progress. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

describe("the staffing-matrix flow", () => {
  it("is the second tab, with tasks on a 0–6 scale and 10 empty rows to start with", async () => {
    await openMatrix(fakeExcelActions);
    expect(screen.getAllByRole("tab").map((tab) => tab.id)).toEqual([
      "tab-browse",
      "tab-matrix",
      "tab-import",
    ]);
    expect(screen.getByRole("tab", { name: "人員職能矩陣", selected: true })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "建立人員職能矩陣", level: 2 })).toBeTruthy();
    const standards = within(screen.getByRole("group", { name: "職能基準（每項是一個角色）" }));
    expect(standards.getAllByRole("checkbox")).toHaveLength(2);
    // No default standard in the workbook: nothing is chosen for the user.
    for (const name of [CLOUD, SERVICE]) {
      expect((standards.getByRole("checkbox", { name }) as HTMLInputElement).checked).toBe(false);
    }
    expect((screen.getByRole("radio", { name: "工作任務" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("radio", { name: "空白列，之後再填姓名" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole("spinbutton", { name: "人數" })).toHaveProperty("value", "10");
    expect(screen.getByRole("spinbutton", { name: "最低" })).toHaveProperty("value", "0");
    expect(screen.getByRole("spinbutton", { name: "最高" })).toHaveProperty("value", "6");
  });

  it("builds the plan from the chosen standards, units, people, starting role and scale", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    await user.click(screen.getByRole("checkbox", { name: SERVICE }));
    await user.selectOptions(
      screen.getByRole("combobox", { name: "每個人的起始角色" }),
      "雲端架構工程人員 (INM2521-001v2)",
    );
    await user.click(screen.getByRole("radio", { name: "知識與技能" }));
    // The scale follows the kind of unit, then stays as typed.
    expect(screen.getByRole("spinbutton", { name: "最高" })).toHaveProperty("value", "4");
    await retype(user, "人數", "3");
    await retype(user, "最低", "1");
    await retype(user, "最高", "5");
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));

    const plan = await insertedPlan(actions);
    expect(plan.name).toBe("人員職能矩陣");
    const { header, people } = tableOf(plan);
    expect(header.slice(0, 3)).toEqual(["姓名", "角色", "IIS3512-001v1 K01"]);
    expect(header).toEqual(
      expect.arrayContaining(["INM2521-001v2 S01", "INM2521-001v2 K15", "IIS3512-001v1 S09"]),
    );
    expect(header.some((text) => /^(\S+ )?T\d/.test(text ?? ""))).toBe(false);
    expect(people).toEqual([
      [null, "雲端架構工程人員"],
      [null, "雲端架構工程人員"],
      [null, "雲端架構工程人員"],
    ]);
    expect(dropdowns(plan)).toEqual({
      ratings: ["1", "2", "3", "4", "5"],
      roles: ["雲端資訊服務人員", "雲端架構工程人員"],
    });
    expect(await findStatus("已插入工作表「人員職能矩陣」。")).toBeTruthy();
  });

  it("rates tasks of one standard by default, everyone in its role", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    await user.click(screen.getByRole("checkbox", { name: SERVICE }));
    // One standard: there is no starting role to choose.
    expect(screen.queryByRole("combobox", { name: "每個人的起始角色" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    const plan = await insertedPlan(actions);
    const { header, people } = tableOf(plan);
    expect(header.slice(2, 6)).toEqual([
      "IIS3512-001v1 T1.1",
      "IIS3512-001v1 T1.2",
      "IIS3512-001v1 T2.1",
      "IIS3512-001v1 T2.2",
    ]);
    expect(people).toHaveLength(10);
    expect(new Set(people.map(([, role]) => role))).toEqual(new Set(["雲端資訊服務人員"]));
    expect(dropdowns(plan)).toEqual({
      ratings: ["0", "1", "2", "3", "4", "5", "6"],
      roles: ["雲端資訊服務人員"],
    });
  });

  it("starts with the workbook's default standard chosen", async () => {
    const session = testSession();
    session.setDefaultStandard("INM2521-001v2");
    const { user } = renderPane(session, fakeExcelActions(session));
    await user.click(screen.getByRole("tab", { name: "人員職能矩陣" }));
    expect((screen.getByRole("checkbox", { name: CLOUD }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: SERVICE }) as HTMLInputElement).checked).toBe(false);
  });

  it("uses the names read from the selected range, in order", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    const names = ["王小明", "李大華", "陳美玲", "林志強", "張雅婷", "黃建國"];
    actions.readSelectedNames.mockResolvedValueOnce({ ok: true, address: "A2:A7", names });
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    await user.click(screen.getByRole("radio", { name: "工作表中選取的姓名" }));
    expect(screen.queryByRole("spinbutton", { name: "人數" })).toBeNull();
    expect(screen.getByText("先在工作表中選取含姓名的儲存格，再按此按鈕。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "讀取選取範圍" }));
    expect(await findStatus("已讀取 6 個姓名。")).toBeTruthy();
    expect(screen.getByText("A2:A7 中的 6 個姓名：王小明、李大華、陳美玲、林志強、張雅婷…")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    expect(tableOf(await insertedPlan(actions)).people).toEqual(
      names.map((name) => [name, "雲端架構工程人員"]),
    );
  });

  it.each<[SelectedNames, string]>([
    [
      { ok: false, reason: "empty", address: "C3:D9" },
      "選取範圍 C3:D9 中沒有文字。請選取含姓名的儲存格後再試一次。",
    ],
    [
      { ok: false, reason: "tooMany", address: "A:A", count: 5200 },
      "選取範圍 A:A 有 5200 個姓名，最多只能 5,000 人。請選取較小的範圍。",
    ],
  ])("says why a selection gives no names (%p), and inserts nothing", async (read, message) => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    actions.readSelectedNames.mockResolvedValueOnce(read);
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    await user.click(screen.getByRole("radio", { name: "工作表中選取的姓名" }));
    await user.click(screen.getByRole("button", { name: "讀取選取範圍" }));
    expect(await findStatus(message)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    expect(await findStatus("還沒有姓名：請在工作表中選取姓名，再按「讀取選取範圍」。")).toBeTruthy();
    expect(actions.insertSheet).not.toHaveBeenCalled();
  });

  it.each<[string, (user: UserEvent) => Promise<void>, string]>([
    ["no standard chosen", async () => undefined, "人員職能矩陣至少需要一個職能基準。"],
    [
      "a scale whose lowest is above its highest",
      async (user) => {
        await user.click(screen.getByRole("checkbox", { name: CLOUD }));
        await retype(user, "最低", "5");
        await retype(user, "最高", "3");
      },
      "評分尺度的最小值 5 大於最大值 3。",
    ],
    [
      "too many people",
      async (user) => {
        await user.click(screen.getByRole("checkbox", { name: CLOUD }));
        await retype(user, "人數", "5001");
      },
      "人數必須是 1 到 5000。",
    ],
    [
      "a scale that is not a whole number",
      async (user) => {
        await user.click(screen.getByRole("checkbox", { name: CLOUD }));
        await retype(user, "最高", "");
        expect(screen.getByText("請輸入 0 或更大的整數。")).toBeTruthy();
      },
      "請先修正標示的欄位。",
    ],
  ])("refuses %s in the message bar without inserting", async (_case, fill, message) => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    const bar = await screen.findByRole("group", { name: "未完成" });
    expect(bar.textContent).toBe(`未完成${message}`);
    expect(actions.insertSheet).not.toHaveBeenCalled();
  });

  it("shows progress while inserting and cannot insert twice", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    const pending = deferred<{ kind: "inserted"; sheet: string }>();
    actions.insertSheet.mockReturnValueOnce(pending.promise);
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    const insert = screen.getByRole("button", { name: "插入矩陣工作表" });
    await user.click(insert);
    // The progress bar is up before the plan is built, and stays until Excel is done.
    expect(screen.getByRole("progressbar", { name: "正在插入工作表…" })).toBeTruthy();
    await waitFor(() => expect(actions.insertSheet).toHaveBeenCalledTimes(1));
    expect(screen.getByRole("progressbar", { name: "正在插入工作表…" })).toBeTruthy();
    expect(insert.getAttribute("aria-disabled")).toBe("true");
    await user.click(insert);
    expect(actions.insertSheet).toHaveBeenCalledTimes(1);

    pending.resolve({ kind: "inserted", sheet: "人員職能矩陣 (2)" });
    expect(await findStatus("已插入工作表「人員職能矩陣 (2)」。")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(insert.getAttribute("aria-disabled")).toBeNull();
  });

  it("says clearly when inserting fails, and that the workbook was not changed", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    actions.insertSheet.mockRejectedValueOnce(new Error("The request payload size has exceeded the limit."));
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    const bar = await screen.findByRole("group", { name: "未完成" });
    expect(bar.textContent).toBe(
      "未完成無法插入工作表：The request payload size has exceeded the limit. 活頁簿沒有任何變更。",
    );
  });

  it("downloads the matrix in preview mode, where there is no selection to read", async () => {
    const { user, actions } = await openMatrix(fakePreviewActions);
    expect(screen.queryByRole("radio", { name: "工作表中選取的姓名" })).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: SERVICE }));
    await retype(user, "人數", "5");
    await user.click(screen.getByRole("button", { name: "下載矩陣工作表（.xlsx）" }));
    expect(tableOf(await insertedPlan(actions)).people).toHaveLength(5);
    expect(await findStatus("已下載 人員職能矩陣.xlsx。")).toBeTruthy();
  });

  it("speaks English, and the sheet follows", async () => {
    const session = testSession();
    const actions = fakePreviewActions(session);
    const { user } = renderPane(session, actions, "en");
    await user.click(screen.getByRole("tab", { name: "Staffing matrix" }));
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    await user.click(screen.getByRole("radio", { name: "Knowledge and skills" }));
    await user.click(screen.getByRole("button", { name: "Download the matrix sheet (.xlsx)" }));
    const plan = await insertedPlan(actions);
    expect(plan.name).toBe("Staffing matrix");
    expect(tableOf(plan).header.slice(0, 3)).toEqual(["Name", "Role", "INM2521-001v2 K01"]);
  });
});

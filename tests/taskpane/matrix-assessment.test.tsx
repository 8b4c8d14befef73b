/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { WorkbookSession } from "../../src/excel/workbook-session";
import type { SheetPlan } from "../../src/layout";
import { chartArea, chartBlockTop, type ReadValue } from "../../src/layout/staffing-matrix";
import type { TaskpaneActions } from "../../src/taskpane/actions/actions";
import { fakeExcelActions, fakePreviewActions, findStatus, renderPane, testSession } from "./helpers";

const CLOUD = /雲端架構工程人員/;

async function openMatrix<A extends TaskpaneActions>(fakeActions: (session: WorkbookSession) => A) {
  const session = testSession();
  const actions = fakeActions(session);
  const pane = renderPane(session, actions);
  await pane.user.click(screen.getByRole("tab", { name: "人員職能矩陣" }));
  await pane.user.click(screen.getByRole("checkbox", { name: CLOUD }));
  return { ...pane, actions };
}

function names(plan: SheetPlan): (string | null)[] {
  const { range } = plan.tables[0]!;
  return Array.from({ length: range.bottom - range.top }, (_, i) => {
    const value = plan.cells.find((c) => c.row === range.top + 1 + i && c.col === 0)?.value;
    return value?.kind === "text" ? value.text : null;
  });
}

describe("the matrix form's names and assessment options", () => {
  it("takes names typed or pasted in preview mode, one per line or comma-separated", async () => {
    const { user, actions } = await openMatrix(fakePreviewActions);
    await user.click(screen.getByRole("radio", { name: "輸入或貼上姓名" }));
    const field = screen.getByRole("textbox", { name: "姓名" });
    await user.click(field);
    await user.paste("王小明\n陳美玲, 林志豪\n\n張雅婷、李建宏");
    expect(screen.getByText("共 5 人。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "下載矩陣工作表（.xlsx）" }));
    await waitFor(() => expect(actions.insertSheet).toHaveBeenCalledTimes(1));
    expect(names(actions.insertSheet.mock.calls[0]![0])).toEqual([
      "王小明",
      "陳美玲",
      "林志豪",
      "張雅婷",
      "李建宏",
    ]);
  });

  it("refuses typed names when none are given", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    await user.click(screen.getByRole("radio", { name: "輸入或貼上姓名" }));
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    expect(await findStatus("請先輸入至少一個姓名。")).toBeTruthy();
    expect(actions.insertSheet).not.toHaveBeenCalled();
  });

  it("adds the assessment sheets, named against the workbook's, with derived ratings by default", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    actions.sheetNames.mockResolvedValueOnce(["職能評核"]);
    await user.click(
      screen.getByRole("checkbox", { name: "加入職能評核（行為指標）、推得的級別與培訓需求" }),
    );
    expect((screen.getByRole("radio", { name: "由評核推得" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    await waitFor(() => expect(actions.insertSheets).toHaveBeenCalledTimes(1));
    const plans = actions.insertSheets.mock.calls[0]![0];
    expect(plans.map((p) => p.name)).toEqual(["人員職能矩陣", "職能評核 (2)", "職能等級", "培訓需求"]);
    const rating = plans[2]!.cells.find((c) => c.row === 3 && c.col === 2);
    expect(rating?.value?.kind).toBe("formula");
    const matrixRating = plans[0]!.cells.find(
      (c) => c.row === plans[0]!.tables[0]!.range.top + 1 && c.col === 2,
    );
    expect(matrixRating?.value).toEqual({ kind: "formula", formula: "'職能等級'!C4" });
    expect(actions.insertSheet).not.toHaveBeenCalled();
  });

  it("keeps typed ratings when asked, and asks for tasks as the units", async () => {
    const { user, actions } = await openMatrix(fakePreviewActions);
    await user.click(
      screen.getByRole("checkbox", { name: "加入職能評核（行為指標）、推得的級別與培訓需求" }),
    );
    await user.click(screen.getByRole("radio", { name: "自行輸入" }));
    await user.click(screen.getByRole("button", { name: "下載矩陣工作表（.xlsx）" }));
    await waitFor(() => expect(actions.insertSheets).toHaveBeenCalledTimes(1));
    const matrix = actions.insertSheets.mock.calls[0]![0][0]!;
    expect(
      matrix.cells.find((c) => c.row === matrix.tables[0]!.range.top + 1 && c.col === 2)?.value,
    ).toBeNull();
    await user.click(screen.getByRole("radio", { name: "知識與技能" }));
    expect(
      screen.queryByRole("checkbox", { name: "加入職能評核（行為指標）、推得的級別與培訓需求" }),
    ).toBeNull();
  });
});

describe("the matrix's pictures in the pane", () => {
  it("in preview mode draws both charts from the plan, each with a table of its figures", async () => {
    const { user } = await openMatrix(fakePreviewActions);
    await user.click(screen.getByRole("radio", { name: "輸入或貼上姓名" }));
    await user.click(screen.getByRole("textbox", { name: "姓名" }));
    await user.paste("王小明\n陳美玲");
    await user.click(screen.getByRole("button", { name: "下載矩陣工作表（.xlsx）" }));
    const radar = await screen.findByRole("img", { name: /王小明 的級別與角色要求/ });
    expect(radar.querySelectorAll("polygon").length).toBeGreaterThan(2);
    const columns = screen.getByRole("img", { name: /各項達標人數/ });
    expect(columns.querySelectorAll("rect")).toHaveLength(4);
    const table = screen.getByRole("table", { name: "王小明 的級別與角色要求" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual([
      "項目此人級別角色要求",
      "INM2521-001v2 T1.1未評分4",
      "INM2521-001v2 T2.1未評分4",
      "INM2521-001v2 T2.2未評分4",
      "INM2521-001v2 T2.3未評分4",
    ]);
  });

  it("in Excel reads the figures back from the inserted sheet, and again on request", async () => {
    const { user, actions } = await openMatrix(fakeExcelActions);
    const { geometry: g, bottom, right } = chartArea(1, 4);
    const values: ReadValue[][] = Array.from({ length: bottom + 1 }, () => Array(right + 1).fill(""));
    const block = chartBlockTop(g, 1);
    ["T1.1", "T2.1", "T2.2", "T2.3"].forEach((code, i) => {
      values[g.headerRow]![g.firstUnitCol + i] = `INM2521-001v2 ${code}`;
      values[g.meetingRow]![g.firstUnitCol + i] = i;
      values[block + 2 + i]![g.summaryCol + 1] = i === 3 ? "" : 3 + (i % 2);
      values[block + 2 + i]![g.summaryCol + 2] = 4;
    });
    values[block]![g.summaryCol + 1] = "陳美玲";
    actions.readSheetValues.mockResolvedValue(values);
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    await screen.findByRole("img", { name: /陳美玲 的級別與角色要求/ });
    expect(actions.readSheetValues).toHaveBeenCalledWith(
      "人員職能矩陣",
      `A1:${String.fromCharCode(65 + right)}${bottom + 1}`,
    );
    const columns = within(screen.getByRole("table", { name: "各項達標人數" })).getAllByRole("row");
    expect(columns.map((row) => row.textContent)).toEqual([
      "項目人數",
      "INM2521-001v2 T1.10",
      "INM2521-001v2 T2.11",
      "INM2521-001v2 T2.22",
      "INM2521-001v2 T2.33",
    ]);
    await user.click(screen.getByRole("button", { name: "從活頁簿重新讀取圖表" }));
    await waitFor(() => expect(actions.readSheetValues).toHaveBeenCalledTimes(2));
  });
});

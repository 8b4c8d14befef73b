/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import type { WorkbookSession } from "../../src/excel/workbook-session";
import type { Locale } from "../../src/model";
import { fakeExcelActions, renderPane, testSession } from "./helpers";

const CLOUD = /雲端架構工程人員/;
const SERVICE = /雲端資訊服務人員/;

async function openMatrix(session: WorkbookSession = testSession(), locale: Locale = "zh") {
  const actions = fakeExcelActions(session);
  const pane = renderPane(session, actions, locale);
  await pane.user.click(
    screen.getByRole("tab", { name: locale === "zh" ? "人員職能矩陣" : "Staffing matrix" }),
  );
  return { ...pane, actions, session };
}

async function retype(user: UserEvent, name: string, text: string): Promise<void> {
  const field = screen.getByRole("spinbutton", { name });
  await user.clear(field);
  if (text !== "") await user.type(field, text);
}

function checked(name: RegExp): boolean {
  return (screen.getByRole("checkbox", { name }) as HTMLInputElement).checked;
}

/** The validation message Fluent's Field shows for the input named `name`, through its aria-describedby. */
function fieldMessage(name: string): string | null {
  const input = screen.getByRole("spinbutton", { name });
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const texts = ids.map((id) => document.getElementById(id)?.textContent ?? "").filter((t) => t !== "");
  return input.getAttribute("aria-invalid") === "true" ? texts.join(" ") : null;
}

describe("the staffing-matrix form", () => {
  it("drops the refusal for no standard as soon as one is ticked", async () => {
    const { user } = await openMatrix();
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    const bar = await screen.findByRole("group", { name: "未完成" });
    expect(bar.textContent).toBe("未完成人員職能矩陣至少需要一個職能基準。");
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    expect(screen.queryByRole("group", { name: "未完成" })).toBeNull();
    expect(screen.queryByText("人員職能矩陣至少需要一個職能基準。")).toBeNull();
  });

  it("flags 0 people (and too many) at the field, in either language, and refuses them", async () => {
    const { user, actions } = await openMatrix();
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    expect(fieldMessage("人數")).toBeNull();
    await retype(user, "人數", "0");
    expect(fieldMessage("人數")).toContain("人數必須是 1 到 5000。");
    await retype(user, "人數", "5001");
    expect(fieldMessage("人數")).toContain("人數必須是 1 到 5000。");
    await retype(user, "人數", "0");
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    expect((await screen.findByRole("group", { name: "未完成" })).textContent).toBe(
      "未完成人數必須是 1 到 5000。",
    );
    expect(actions.insertSheet).not.toHaveBeenCalled();
    await retype(user, "人數", "3");
    expect(fieldMessage("人數")).toBeNull();
    expect(screen.queryByRole("group", { name: "未完成" })).toBeNull();
  });

  it("says a scale's minimum exceeds its maximum, at the field and on insert", async () => {
    const { user, actions } = await openMatrix();
    await user.click(screen.getByRole("checkbox", { name: SERVICE }));
    await retype(user, "最低", "5");
    await retype(user, "最高", "2");
    expect(fieldMessage("最高")).toContain("評分尺度的最小值 5 大於最大值 2。");
    expect(fieldMessage("最低")).toBeNull();
    await user.click(screen.getByRole("button", { name: "插入矩陣工作表" }));
    expect((await screen.findByRole("group", { name: "未完成" })).textContent).toBe(
      "未完成評分尺度的最小值 5 大於最大值 2。",
    );
    expect(actions.insertSheet).not.toHaveBeenCalled();
    await retype(user, "最高", "5");
    expect(fieldMessage("最高")).toContain("評分尺度至少需要兩級（最小值與最大值都是 5）。");
    await retype(user, "最高", "6");
    expect(fieldMessage("最高")).toBeNull();
  });

  it("says it in English too", async () => {
    const { user } = await openMatrix(testSession(), "en");
    await retype(user, "Lowest", "5");
    await retype(user, "Highest", "2");
    expect(fieldMessage("Highest")).toContain("The rating scale's minimum 5 is above its maximum 2.");
    await retype(user, "Number of people", "0");
    expect(fieldMessage("Number of people")).toContain("The number of people must be from 1 to 5000.");
  });

  it("preselects the workbook's default standard, also when it is read after the form opened", async () => {
    const early = testSession();
    early.setDefaultStandard("INM2521-001");
    const first = await openMatrix(early);
    expect([checked(CLOUD), checked(SERVICE)]).toEqual([true, false]);
    first.unmount();

    const { user, session } = await openMatrix();
    expect([checked(CLOUD), checked(SERVICE)]).toEqual([false, false]);
    act(() => session.setDefaultStandard("IIS3512-001v1"));
    await waitFor(() => expect([checked(CLOUD), checked(SERVICE)]).toEqual([false, true]));
    // Once the user has chosen, a later default does not undo the choice.
    await user.click(screen.getByRole("checkbox", { name: CLOUD }));
    act(() => session.setDefaultStandard(null));
    const group = within(screen.getByRole("group", { name: "職能基準（每項是一個角色）" }));
    expect(group.getAllByRole("checkbox").map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      true,
    ]);
  });
});

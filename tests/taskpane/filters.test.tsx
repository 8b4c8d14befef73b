/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakePreviewActions, renderPane, testSession } from "./helpers";

function setup() {
  const session = testSession();
  return renderPane(session, fakePreviewActions(session));
}

const listedNames = (): string[] =>
  within(screen.getByRole("region", { name: "已載入的職能基準" }))
    .getAllByRole("button")
    .map((button) => button.querySelector("span")?.textContent ?? "");

const hitKinds = (): string[] =>
  within(screen.getByRole("region", { name: "搜尋結果" }))
    .getAllByRole("listitem")
    .map((item) => item.querySelector(".fui-Badge")?.textContent ?? "");

describe("filters", () => {
  it("lists every loaded standard with code, name, benchmark level, version and date", () => {
    setup();
    const list = screen.getByRole("region", { name: "已載入的職能基準" });
    expect(within(list).getByText("共 2 項")).toBeTruthy();
    expect(within(list).getByRole("button", { name: /雲端架構工程人員/ }).textContent).toBe(
      "雲端架構工程人員INM2521-001v2 · 基準級別 4 · V2 · 2024-12-15內建",
    );
    expect(within(list).getByRole("button", { name: /雲端資訊服務人員/ }).textContent).toBe(
      "雲端資訊服務人員IIS3512-001v1 · 基準級別 3 · V1 · 未標示日期內建",
    );
  });

  it("keeps the standards with tasks at the chosen level", async () => {
    const { user } = setup();
    const level = screen.getByRole("combobox", { name: "職能級別" });
    await user.selectOptions(level, "級別 3");
    expect(listedNames()).toEqual(["雲端資訊服務人員"]);
    await user.selectOptions(level, "級別 4");
    expect(listedNames()).toEqual(["雲端架構工程人員"]);
    await user.selectOptions(level, "級別 6");
    expect(screen.getByText("沒有職能基準含級別 6 的工作任務。")).toBeTruthy();
    await user.selectOptions(level, "所有級別");
    expect(listedNames()).toHaveLength(2);
  });

  it("narrows search hits to the level, and says to widen the filters when none are left", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("searchbox"), "資訊安全");
    expect(await screen.findByText(/共 5 筆符合/)).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "職能級別" }), "級別 3");
    expect(await screen.findByText("找不到符合「資訊安全」的內容。試著放寬級別或搜尋範圍。")).toBeTruthy();

    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "溝通協調");
    // Both standards have a skill of that name, but only one at level 3.
    expect(await screen.findByText("「溝通協調」共 1 筆符合，分屬 1 項職能基準。")).toBeTruthy();
    expect(screen.getByRole("region", { name: "雲端資訊服務人員" })).toBeTruthy();
  });

  it("searches only the chosen kinds: tasks, knowledge, skills, attitudes", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("searchbox"), "雲端");
    const all = hitKinds();
    expect(new Set(all)).toEqual(
      new Set([
        "職能基準名稱",
        "工作描述",
        "主要職責",
        "工作任務",
        "工作產出",
        "行為指標",
        "知識",
        "技能",
        "說明與補充事項",
      ]),
    );

    const knowledge = screen.getByRole("button", { name: "知識", pressed: false });
    await user.click(knowledge);
    expect(knowledge.getAttribute("aria-pressed")).toBe("true");
    expect(new Set(hitKinds())).toEqual(new Set(["知識"]));

    await user.click(screen.getByRole("button", { name: "工作任務", pressed: false }));
    expect(new Set(hitKinds())).toEqual(new Set(["知識", "主要職責", "工作任務", "工作產出", "行為指標"]));

    await user.click(screen.getByRole("button", { name: "知識", pressed: true }));
    await user.click(screen.getByRole("button", { name: "工作任務", pressed: true }));
    await user.click(screen.getByRole("button", { name: "態度", pressed: false }));
    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "主動");
    expect(hitKinds()).toEqual(["態度", "態度"]);
    expect(screen.getAllByText("適用整份職能基準")).toHaveLength(2);
  });
});

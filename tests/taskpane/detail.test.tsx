/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakePreviewActions, renderPane, shownFormula, testSession } from "./helpers";

async function openCloudArchitect() {
  const session = testSession();
  const pane = renderPane(session, fakePreviewActions(session));
  await pane.user.click(screen.getByRole("button", { name: /雲端架構工程人員/ }));
  return pane;
}

const linesOf = (list: HTMLElement): string[] =>
  within(list)
    .getAllByRole("listitem")
    .map((item) => item.textContent ?? "");

describe("the detail view of a standard", () => {
  it("shows the header: code, benchmark level, version, date, classification and description", async () => {
    await openCloudArchitect();
    const heading = screen.getByRole("heading", { name: "雲端架構工程人員", level: 2 });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText("基準級別 4")).toBeTruthy();
    const facts = [...document.querySelectorAll("dt")].map(
      (dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`,
    );
    expect(facts).toEqual([
      "職能基準代碼=INM2521-001v2",
      "版本=V2",
      "更新日期=2024-12-15",
      "職類別=資訊科技 / 網路規劃與建置管理（INM）",
      "職業別=資訊及通訊使用者支援技術員（3521）",
      "行業別=出版影音集資通訊業/ 資訊服務業（J6312）",
      "工作描述=從事系統分析，設計雲端資訊系統之軟硬體基礎架構。",
    ]);
  });

  it("lays out duties → tasks → level blocks with outputs, indicators, knowledge and skills", async () => {
    await openCloudArchitect();
    const duties = screen.getByRole("region", { name: "主要職責與工作任務" });
    expect(
      within(duties)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["T1 雲端系統架構分析", "T2 雲端系統架構規劃"]);
    expect(
      within(duties)
        .getAllByRole("heading", { level: 5 })
        .map((h) => h.textContent),
    ).toEqual([
      "T1.1 系統需求分析",
      "T2.1 雲端系統架構設計",
      "T2.2 雲端系統架構開發",
      "T2.3 雲端系統架構測試",
    ]);
    const outputs = within(duties).getAllByRole("list", { name: "工作產出" });
    expect(linesOf(outputs[0]!)).toEqual(["O1.1.1功能需求表"]);
    const indicators = within(duties).getAllByRole("list", { name: "行為指標" });
    expect(linesOf(indicators[0]!)[0]).toBe("P1.1.1盤點系統工作負載、網路、安全及應用程式需求。");
    const knowledge = within(duties).getAllByRole("list", { name: "知識" });
    expect(linesOf(knowledge[0]!)).toContain("K08資訊安全概論");
    const skills = within(duties).getAllByRole("list", { name: "技能" });
    expect(linesOf(skills[0]!)[0]).toBe("S01溝通協調能力");
    expect(within(duties).getAllByText("職能級別 4")).toHaveLength(4);
  });

  it("shows attitudes and notes", async () => {
    const session = testSession();
    const { user } = renderPane(session, fakePreviewActions(session));
    await user.click(screen.getByRole("button", { name: /雲端資訊服務人員/ }));
    const attitudes = screen.getByRole("region", { name: "態度" });
    expect(linesOf(attitudes)[0]).toBe(
      "A01主動積極：不需他人指示或要求能自動自發做事，面臨問題立即採取行動加以解決，且為達目標願意主動承擔額外責任。",
    );
    const notes = screen.getByRole("region", { name: "說明與補充事項" });
    expect(
      linesOf(within(notes).getByRole("list", { name: "建議擔任此職類／職業之學歷／經驗／或能力條件" })),
    ).toEqual([
      "高中（職）以上資訊相關科系畢業，或具 2 年以上資訊相關工作經驗，或資訊相關訓練課程結訓者。",
      "參訓資格依各訓練單位規定。",
    ]);
    expect(linesOf(within(notes).getByRole("list", { name: "註" }))[0]).toBe(
      "註1：系統環境：如軟硬體、網路、操作人員角色及操作流程等。",
    );
  });

  it("copies a code in one click and says so", async () => {
    const { user } = await openCloudArchitect();
    await user.click(screen.getAllByRole("button", { name: "複製代碼 K08" })[0]!);
    expect(await navigator.clipboard.readText()).toBe("K08");
    expect(screen.getByRole("status", { name: "" }).textContent).toContain("已複製 K08");

    await user.click(screen.getByRole("button", { name: "複製代碼 T2.2" }));
    expect(await navigator.clipboard.readText()).toBe("T2.2");
    await user.click(screen.getByRole("button", { name: "複製代碼 INM2521-001v2" }));
    expect(await navigator.clipboard.readText()).toBe("INM2521-001v2");
  });

  it("builds the formula of a task and copies it", async () => {
    const { user } = await openCloudArchitect();
    await user.selectOptions(screen.getByRole("combobox", { name: "工作任務" }), "T2.2 雲端系統架構開發");
    await user.selectOptions(screen.getByRole("combobox", { name: "內容" }), "技能（SKILLS）");
    const formula = '=COMPETENCY.SKILLS("T2.2","INM2521-001v2")';
    const shown = shownFormula(formula);
    // It wraps only after "(" or ",", never inside a code such as INM2521-001v2.
    expect([...shown.querySelectorAll("span")].map((piece) => piece.textContent)).toEqual([
      "=COMPETENCY.SKILLS(",
      '"T2.2",',
      '"INM2521-001v2")',
    ]);
    expect(shown.querySelectorAll("wbr")).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "複製公式" }));
    expect(await navigator.clipboard.readText()).toBe(formula);
  });
});

/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { fakePreviewActions, renderPane, testSession } from "./helpers";

function setup() {
  const session = testSession();
  return renderPane(session, fakePreviewActions(session));
}

const results = (): HTMLElement => screen.getByRole("region", { name: "搜尋結果" });

describe("search across every standard", () => {
  it("finds a phrase in indicators, knowledge and skills and says where each matched", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("searchbox", { name: "搜尋所有職能基準" }), "資訊安全");

    expect(await screen.findByText("「資訊安全」共 5 筆符合，分屬 1 項職能基準。")).toBeTruthy();
    const group = within(results()).getByRole("region", { name: "雲端架構工程人員" });
    const hits = within(group)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(hits).toEqual([
      "行為指標P2.1.2規劃雲端系統服務、業務持續運作服務及資訊安全架構。屬於工作任務 T2.1 · 級別 4",
      "行為指標P2.2.2確保雲端系統架構的資訊安全。屬於工作任務 T2.2 · 級別 4",
      "行為指標P2.3.2測試雲端系統的資訊安全防護。屬於工作任務 T2.3 · 級別 4",
      "知識K08資訊安全概論工作任務 T1.1、T2.1、T2.2、T2.3 需要 · 級別 4",
      "技能S10資訊安全防禦能力工作任務 T2.2、T2.3 需要 · 級別 4",
    ]);
    // The matched words are marked in each hit.
    const marks = group.querySelectorAll("mark");
    expect(marks).toHaveLength(5);
    expect([...marks].every((mark) => mark.textContent === "資訊安全")).toBe(true);
  });

  it("matches case- and width-insensitively, and finds header and note texts too", async () => {
    const { user } = setup();
    const box = screen.getByRole("searchbox", { name: "搜尋所有職能基準" });
    await user.type(box, "ｓｌａ");
    expect(await screen.findByText(/「ｓｌａ」共 1 筆符合/)).toBeTruthy();
    expect(within(results()).getByText("SLA").tagName).toBe("MARK");

    await user.clear(box);
    await user.type(box, "系統環境：");
    const hit = await within(results()).findByRole("button", { name: /系統環境：\s*如軟硬體/ });
    expect(hit.textContent).toContain("說明與補充事項");
  });

  it("finds codes typed in any form, and standard codes", async () => {
    const { user } = setup();
    const box = screen.getByRole("searchbox", { name: "搜尋所有職能基準" });
    await user.type(box, "k8");
    const group = within(results()).getByRole("region", { name: "雲端架構工程人員" });
    expect(within(group).getAllByRole("listitem")[0]!.textContent).toBe(
      "知識K08資訊安全概論工作任務 T1.1、T2.1、T2.2、T2.3 需要 · 級別 4",
    );

    await user.clear(box);
    await user.type(box, "Ｔ2.2");
    const tasks = within(results())
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(tasks).toEqual(["工作任務T2.2異常問題排除級別 3", "工作任務T2.2雲端系統架構開發級別 4"]);

    await user.clear(box);
    await user.type(box, "inm2521");
    const hit = within(results()).getByRole("listitem");
    expect(hit.textContent).toBe("職能基準代碼INM2521-001v2");
    expect(within(hit).getByText("INM2521").tagName).toBe("MARK");
  });

  it("opens the standard at the matched item, focused so it is in view", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("searchbox", { name: "搜尋所有職能基準" }), "資訊安全概論");
    await user.click(await screen.findByRole("button", { name: /K08\s*資訊安全概論/ }));

    expect(screen.getByRole("heading", { name: "雲端架構工程人員", level: 2 })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute("data-target")).toBe("code:K08"));
    expect(document.activeElement?.textContent).toContain("資訊安全概論");
  });

  it("says so when nothing matches, and going back keeps the search", async () => {
    const { user } = setup();
    await user.type(screen.getByRole("searchbox", { name: "搜尋所有職能基準" }), "不存在的詞");
    expect(await screen.findByText("找不到符合「不存在的詞」的內容。")).toBeTruthy();

    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "雲端");
    await user.click((await screen.findAllByRole("button", { name: /雲端資訊服務人員/ }))[0]!);
    await user.click(screen.getByRole("button", { name: "返回清單" }));
    expect((screen.getByRole("searchbox") as HTMLInputElement).value).toBe("雲端");
    // Focus returns to the standard that was open.
    await waitFor(() => expect(document.activeElement?.getAttribute("data-open")).toBe("IIS3512-001v1"));
  });
});

/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Standard } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_000 } from "../helpers/seeds";
import { fakeExcelActions, fakePreviewActions, findStatus, renderPane, testSession } from "./helpers";

function pairText(name: string): string {
  return readFileSync(join(VERSION_PAIRS_DIR, name, "new.txt"), "utf8");
}

/** IIS3512-001v2 (seed 003 with every kind of change) loaded next to the bundled v1. */
function withServiceV2() {
  const session = testSession();
  session.catalog.add(parseStandard(pairText("pdf-all")).standard, "imported");
  const actions = fakePreviewActions(session);
  return { session, actions, ...renderPane(session, actions) };
}

const summary = (): string | null | undefined => document.querySelector("[data-summary]")?.textContent;
const group = (): HTMLElement => screen.getByRole("region", { name: "雲端資訊服務人員 的各版本" });

describe("versions of one code in the list", () => {
  it("are grouped, newest first, marked newest and superseded, with the code formulas resolve to", () => {
    withServiceV2();
    const versions = group();
    expect(within(versions).getByText("已載入 2 個版本")).toBeTruthy();
    expect(within(versions).getByText("公式中未指定版本的「IIS3512-001」使用 IIS3512-001v2。")).toBeTruthy();
    const cards = within(versions).getAllByRole("button", { name: /雲端資訊服務人員/ });
    expect(cards.map((c) => c.getAttribute("data-open"))).toEqual(["IIS3512-001v2", "IIS3512-001v1"]);
    expect(within(cards[0]!).getByText("最新版本")).toBeTruthy();
    expect(within(cards[0]!).queryByText("已被取代")).toBeNull();
    expect(within(cards[1]!).getByText("已被取代")).toBeTruthy();
    expect(within(cards[1]!).getByText("已由 IIS3512-001v2 取代。")).toBeTruthy();
    // A code with one version loaded keeps its plain card.
    expect(screen.getAllByRole("region", { name: /的各版本$/ })).toHaveLength(1);
    expect(screen.getByRole("button", { name: /雲端架構工程人員/ }).getAttribute("data-open")).toBe(
      "INM2521-001v2",
    );
  });

  it("Compare versions shows the changes and inserts the changes sheet", async () => {
    const { user, actions } = withServiceV2();
    await user.click(within(group()).getByRole("button", { name: "比較版本" }));
    const heading = screen.getByRole("heading", { name: "比較版本：雲端資訊服務人員", level: 2 });
    expect(document.activeElement).toBe(heading);
    expect(summary()).toBe("共 10 項變更：新增 1、刪除 1、更名 1、級別變更 1、移動 1、重新編號 5");
    const rows = within(screen.getByRole("table", { name: "變更" })).getAllByRole("row");
    expect(rows).toHaveLength(11);
    expect(rows[1]!.textContent).toBe("OO2.1.1O2.1.1更名操作方式確認表操作方式與設定確認表");
    await user.click(screen.getByRole("button", { name: "下載版本比較工作表（.xlsx）" }));
    expect(actions.insertSheet).toHaveBeenCalledTimes(1);
    const plan = actions.insertSheet.mock.calls[0]![0];
    expect(plan.name).toBe("版本比較 IIS3512-001v2");
    expect(plan.tables[0]!.range.bottom - plan.tables[0]!.range.top).toBe(10);
    expect(await findStatus(/版本比較 IIS3512-001v2\.xlsx/)).toBeTruthy();
  });

  it("comparing a version with itself says nothing changed; Back returns to the list", async () => {
    const { user } = withServiceV2();
    await user.click(within(group()).getByRole("button", { name: "比較版本" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "舊版" }), "IIS3512-001v2");
    expect(summary()).toBe("兩個版本之間沒有變更。");
    expect(screen.queryByRole("table")).toBeNull();
    await user.click(screen.getByRole("button", { name: "返回清單" }));
    expect(group()).toBeTruthy();
  });
});

describe("a version opened on its own", () => {
  it("carries its marks and compares with the other loaded version", async () => {
    const { user } = withServiceV2();
    await user.click(within(group()).getAllByRole("button", { name: /雲端資訊服務人員/ })[1]!);
    const detail = screen.getByRole("article", { name: "雲端資訊服務人員" });
    expect(within(detail).getByText("已被取代")).toBeTruthy();
    expect(within(detail).getByText("已由 IIS3512-001v2 取代。")).toBeTruthy();
    await user.click(within(detail).getByRole("button", { name: "比較版本" }));
    expect(screen.getByRole("combobox", { name: "舊版" })).toHaveProperty("value", "IIS3512-001v1");
    expect(screen.getByRole("combobox", { name: "新版" })).toHaveProperty("value", "IIS3512-001v2");
    await user.click(screen.getByRole("button", { name: "返回清單" }));
    expect(screen.getByRole("article", { name: "雲端資訊服務人員" })).toBeTruthy();
  });
});

describe("out of date", () => {
  it("marks a standard last updated more than three years ago, with what to do", () => {
    const session = testSession();
    const old: Standard = JSON.parse(JSON.stringify(parseSeed(SEED_000).standard)) as Standard;
    old.versions = old.versions.map((v) => ({ ...v, date: v.date.replace(/^\d{4}/, "2019") }));
    session.catalog.add(old, "imported");
    renderPane(session, fakePreviewActions(session), "en");
    const card = screen.getByRole("button", { name: /雲端架構工程人員/ });
    expect(within(card).getByText("Over three years old")).toBeTruthy();
    expect(within(card).getByText(/^Last updated 2019-12-15, more than three years ago/)).toBeTruthy();
  });

  it("marks a workbook's copy older than another loaded version of its code", () => {
    const session = testSession();
    session.catalog.add(parseSeed(SEED_000).standard, "workbook");
    session.catalog.add(parseStandard(pairText("tab-all")).standard, "imported");
    renderPane(session, fakeExcelActions(session), "en");
    const cards = within(screen.getByRole("region", { name: "Versions of 雲端架構工程人員" })).getAllByRole(
      "button",
      {
        name: /雲端架構工程人員/,
      },
    );
    expect(cards.map((c) => c.getAttribute("data-open"))).toEqual(["INM2521-001v3", "INM2521-001v2"]);
    expect(within(cards[1]!).getByText("Older copy in this workbook")).toBeTruthy();
    expect(
      within(cards[1]!).getByText(
        "This workbook carries INM2521-001v2, but the newer INM2521-001v3 is loaded: compare the versions, move matrices to the new version, or remove the old copy.",
      ),
    ).toBeTruthy();
    expect(within(cards[0]!).queryByText("Older copy in this workbook")).toBeNull();
  });
});

describe("importing another version", () => {
  it("shows what changed from the loaded version and warns which references switch", async () => {
    const session = testSession();
    const actions = fakeExcelActions(session);
    const { user } = renderPane(session, actions);
    await user.click(screen.getByRole("tab", { name: "匯入" }));
    await user.click(screen.getByRole("textbox", { name: "文件內容" }));
    await user.paste(pairText("pdf-levelChanged"));
    await user.click(screen.getByRole("button", { name: "檢查內容" }));
    const shown = screen.getByRole("region", { name: "讀到的內容" });
    expect(
      within(shown).getByText(
        "已載入此職能基準的其他版本：IIS3512-001v1。與 IIS3512-001v1 相比：共 1 項變更：級別變更 1",
      ),
    ).toBeTruthy();
    expect(
      within(shown).getByText(
        "匯入後，公式中未指定版本的「IIS3512-001」將改用 IIS3512-001v2（目前為 IIS3512-001v1）。",
      ),
    ).toBeTruthy();
  });
});

describe("moving a matrix", () => {
  it("Compare versions offers, in Excel, to move the active sheet's matrix to the newer version", async () => {
    const session = testSession();
    session.catalog.add(parseStandard(pairText("pdf-all")).standard, "workbook");
    const actions = fakeExcelActions(session);
    const { user } = renderPane(session, actions);
    await user.click(within(group()).getByRole("button", { name: "比較版本" }));
    expect(screen.getByText(/^評分隨項目保留：重新編號的項目帶到新代碼/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "將使用中工作表的矩陣移至 IIS3512-001v2" }));
    expect(actions.moveMatrix).toHaveBeenCalledWith("IIS3512-001v2", "zh");
    expect(
      await findStatus(
        "已將「人員職能矩陣」由 IIS3512-001v1 移至 IIS3512-001v2：保留 1、帶到新代碼 1、待複核 1、封存 0、新增 0。",
      ),
    ).toBeTruthy();
  });

  it("says what the move did to the matrix's assessment, when the workbook held one", async () => {
    const session = testSession();
    session.catalog.add(parseStandard(pairText("pdf-all")).standard, "workbook");
    const actions = fakeExcelActions(session);
    actions.moveMatrix.mockResolvedValueOnce({
      ok: true,
      value: {
        sheet: "人員職能矩陣",
        from: "IIS3512-001v1",
        summary: { kept: ["T1.1"], carried: ["T1.2→T2.3"], review: [], archived: [], added: [] },
        assessment: {
          sheet: "職能評核",
          indicators: {
            kept: ["P1.1.1", "P1.1.2"],
            carried: ["P1.2.1→P2.3.1"],
            review: [],
            archived: ["P2.2.3"],
            added: [],
          },
        },
      },
    });
    const { user } = renderPane(session, actions);
    await user.click(within(group()).getByRole("button", { name: "比較版本" }));
    expect(screen.getByText(/評核結果也隨行為指標移動/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "將使用中工作表的矩陣移至 IIS3512-001v2" }));
    expect(
      await findStatus(
        "已將「人員職能矩陣」由 IIS3512-001v1 移至 IIS3512-001v2：保留 1、帶到新代碼 1、待複核 0、封存 0、新增 0。" +
          "評核表「職能評核」與職能等級、培訓需求一併重建：行為指標保留 2、帶到新代碼 1、待複核 0、封存 1、新增 0。",
      ),
    ).toBeTruthy();
  });

  it("is not offered outside Excel (the command line moves a file)", async () => {
    const { user } = withServiceV2();
    await user.click(within(group()).getByRole("button", { name: "比較版本" }));
    expect(screen.queryByRole("button", { name: /將使用中工作表的矩陣移至/ })).toBeNull();
  });
});

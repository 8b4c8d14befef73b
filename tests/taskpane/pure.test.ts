import { taskFormula } from "../../src/taskpane/view-models/formula";
import { highlightParts } from "../../src/taskpane/view-models/highlight";
import { localeFromTag } from "../../src/model";
import { htmlLang } from "../../src/taskpane/i18n/locale";
import { format } from "../../src/taskpane/i18n/format";
import { STRINGS } from "../../src/taskpane/i18n/strings";
import { detectHost, isDarkColor, type OfficeLike } from "../../src/taskpane/startup/detect-host";

describe("formulas", () => {
  it("names the standard unless it is the workbook's default", () => {
    expect(taskFormula("KNOWLEDGE", "T2.2", "INM2521-001v2", "INM2521-001v2")).toBe(
      '=COMPETENCY.KNOWLEDGE("T2.2")',
    );
    expect(taskFormula("LEVEL", "T1.1", "IIS3512-001v1", null)).toBe(
      '=COMPETENCY.LEVEL("T1.1","IIS3512-001v1")',
    );
  });
});

describe("highlighting a match", () => {
  it("marks the match as the search matched it: case-, width- and space-insensitively", () => {
    expect(highlightParts("服務品質保證協議 (SLA)。", "sla")).toEqual([
      { text: "服務品質保證協議 (", match: false },
      { text: "SLA", match: true },
      { text: ")。", match: false },
    ]);
    expect(highlightParts("使用 Google  Ads 管理", "ｇｏｏｇｌｅ ads")).toEqual([
      { text: "使用 ", match: false },
      { text: "Google  Ads", match: true },
      { text: " 管理", match: false },
    ]);
    expect(highlightParts("資訊安全", "資訊安全")).toEqual([{ text: "資訊安全", match: true }]);
    expect(highlightParts("沒有", "其他")).toEqual([{ text: "沒有", match: false }]);
  });
});

describe("languages", () => {
  it("follows zh* to Traditional Chinese and everything else to English", () => {
    expect(["zh-TW", "zh-Hant", "ZH", "zh-CN"].map(localeFromTag)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en-US", "ja-JP", "", undefined, "zhx"].map(localeFromTag)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
    expect(htmlLang("zh")).toBe("zh-Hant-TW");
  });

  it("has every string in both languages, with the same placeholders", () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      expect([key, text.zh.trim() !== "", text.en.trim() !== ""]).toEqual([key, true, true]);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, names(text.zh)]).toEqual([key, names(text.en)]);
    }
    expect(format("doneInsert", "en", { sheet: "Data" })).toBe('Inserted the sheet "Data".');
  });

  it("chooses the English word form by Intl.PluralRules; Chinese has one form", () => {
    expect(format("doneReadSelection", "en", { count: 1 })).toBe("Read 1 name.");
    expect(format("doneReadSelection", "en", { count: 0 })).toBe("Read 0 names.");
    expect(format("doneReadSelection", "en", { count: 12 })).toBe("Read 12 names.");
    expect(format("doneReadSelection", "zh", { count: 1 })).toBe("已讀取 1 個姓名。");
  });
});

describe("finding the host", () => {
  const office = (host: string | null, displayLanguage = "zh-TW", theme = "#FFFFFF"): OfficeLike => ({
    onReady: async () => ({ host }),
    context: { displayLanguage, officeTheme: { bodyBackgroundColor: theme } },
  });

  it("runs in preview mode without office.js, using the browser's language", async () => {
    await expect(detectHost(undefined, "en-US")).resolves.toEqual({
      inExcel: false,
      locale: "en",
      dark: false,
    });
  });

  it("runs in preview mode when office.js reports no host", async () => {
    await expect(detectHost(office(null), "zh-TW")).resolves.toEqual({
      inExcel: false,
      locale: "zh",
      dark: false,
    });
  });

  it("runs in Excel with Office's display language and theme", async () => {
    await expect(detectHost(office("Excel", "en-GB", "#262626"), "zh-TW")).resolves.toEqual({
      inExcel: true,
      locale: "en",
      dark: true,
    });
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
  });
});

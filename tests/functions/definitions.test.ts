import { Catalog } from "../../src/catalog";
import { callFunction } from "../../src/functions/dispatch";
import type { FunctionContext, FunctionValue } from "../../src/functions/values";
import type { Result, Standard } from "../../src/model";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function contextWith(standards: Standard[], defaultStandard: string | null = null): FunctionContext {
  const catalog = new Catalog();
  for (const s of standards) catalog.add(s, "bundled");
  return { catalog, defaultStandard, locale: "en" };
}

const both = contextWith([cloud, service]);
const call = (name: string, ...args: Array<string | number | null>) => callFunction(name, args, both);

function value(result: Result<FunctionValue>): FunctionValue {
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

function error(result: Result<FunctionValue>): { code: string; en: string; zh: string } {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return { code: result.error.kind === "invalidArgument" ? "#VALUE!" : "#N/A", ...result.error.message };
}

describe("array functions spill rows in document order without duplicates", () => {
  test("KNOWLEDGE across two level blocks of one task (seed 000, T2.2 continues over a page break)", () => {
    expect(value(call("KNOWLEDGE", "T2.2", "INM2521-001v2"))).toEqual(
      cloud.knowledge.filter((k) => /K0[2-9]|K1[0-5]/.test(k.code)).map((k) => [k.code, k.name]),
    );
  });

  test("SKILLS, OUTPUTS and INDICATORS of a task", () => {
    expect(value(call("SKILLS", "T2.2", "IIS3512-001v1"))).toEqual([
      ["S02", "文書處理能力"],
      ["S04", "問題判讀能力"],
      ["S07", "系統檢測工具操作能力"],
      ["S08", "雲端產品基本除錯能力"],
      ["S09", "問題追蹤系統使用能力"],
    ]);
    expect(value(call("OUTPUTS", "t1.2", "IIS3512-001v1"))).toEqual([
      ["O1.2.1", "操作手冊建議修正紀錄"],
      ["O1.2.2", "障礙排除手冊建議修正紀錄"],
    ]);
    expect(value(call("INDICATORS", "T2.3", "INM2521-001"))).toEqual([
      ["P2.3.1", "測試雲端系統的相關服務與功能。"],
      ["P2.3.2", "測試雲端系統的資訊安全防護。"],
      ["P2.3.3", "完成雲端系統測試報告。"],
    ]);
  });

  test("ATTITUDES, DUTIES and TASKS", () => {
    expect(value(call("ATTITUDES", "IIS3512-001v1"))).toEqual(
      service.attitudes.map((a) => [a.code, a.name, a.description]),
    );
    expect(value(call("DUTIES", "雲端架構工程人員"))).toEqual([
      ["T1", "雲端系統架構分析"],
      ["T2", "雲端系統架構規劃"],
    ]);
    expect(value(call("TASKS", "INM2521-001v2"))).toEqual([
      ["T1.1", "系統需求分析", "T1", 4],
      ["T2.1", "雲端系統架構設計", "T2", 4],
      ["T2.2", "雲端系統架構開發", "T2", 4],
      ["T2.3", "雲端系統架構測試", "T2", 4],
    ]);
    expect(value(call("TASKS", "IIS3512-001v1", 3))).toHaveLength(4);
    expect(error(call("TASKS", "IIS3512-001v1", 5))).toEqual(expect.objectContaining({ code: "#N/A" }));
  });

  test("REQUIREDBY and SEARCH", () => {
    expect(value(call("REQUIREDBY", "K06", "IIS3512-001v1"))).toEqual([
      ["T1.2", "協助修正相關手冊"],
      ["T2.1", "輔導使用者操作雲端產品"],
      ["T2.2", "異常問題排除"],
    ]);
    expect(value(call("SEARCH", "除錯"))).toEqual([
      ["IIS3512-001v1", "K", "K08", "除錯流程與工具使用知識"],
      ["IIS3512-001v1", "S", "S08", "雲端產品基本除錯能力"],
    ]);
    expect(value(call("SEARCH", "謹慎細心"))).toHaveLength(2);
    expect(value(call("SEARCH", "謹慎細心", "INM2521-001v2"))).toEqual([
      ["INM2521-001v2", "A", "A01", `謹慎細心：${cloud.attitudes[0]!.description}`],
    ]);
  });

  test("STANDARDS lists every loaded standard", () => {
    expect(value(call("STANDARDS"))).toEqual([
      ["IIS3512-001v1", "雲端資訊服務人員", 3, "", ""],
      ["INM2521-001v2", "雲端架構工程人員", 4, "2024-12-15", "最新版本"],
    ]);
  });
});

describe("scalar functions", () => {
  test.each([
    ["T2.2", 3],
    ["P1.2.1", 3],
    ["T1", 3],
    ["O2.2.2", 3],
    ["K07", 3],
  ])("LEVEL(%s) of seed 003 is %i", (code, level) => {
    expect(value(call("LEVEL", code, "IIS3512-001v1"))).toBe(level);
  });

  test("NAME of every kind of code, codes in any case, width or padding", () => {
    expect(value(call("NAME", "ｔ２．２", "IIS3512-001v1"))).toBe("異常問題排除");
    expect(value(call("NAME", " p1.1.1 ", "IIS3512-001v1"))).toBe(
      "依使用者反映的問題，檢視現有系統環境【註1】。",
    );
    expect(value(call("NAME", "K6", "IIS3512-001v1"))).toBe("產品功能與運算邏輯概念【註4】");
    expect(value(call("NAME", "a04", "IIS3512-001v1"))).toBe("親和力");
  });

  test.each([
    ["code", "INM2521-001v2"],
    ["name", "雲端架構工程人員"],
    ["level", 4],
    ["description", "從事系統分析，設計雲端資訊系統之軟硬體基礎架構。"],
    ["category", "資訊科技 / 網路規劃與建置管理"],
    ["category_code", "INM"],
    ["occupation", "資訊及通訊使用者支援技術員"],
    ["occupation_code", "3521"],
    ["industry", "出版影音集資通訊業/ 資訊服務業"],
    ["industry_code", "J6312"],
    ["updated", "2024-12-15"],
    ["STATUS", "最新版本"],
  ])("INFO(%s) of seed 000", (field, expected) => {
    expect(value(call("INFO", field, "INM2521-001v2"))).toBe(expected);
  });
});

describe("errors are values: #N/A for what is missing, #VALUE! for bad arguments", () => {
  test("an unknown task says which tasks exist", () => {
    expect(error(call("KNOWLEDGE", "T9.9", "INM2521-001v2"))).toEqual({
      code: "#N/A",
      en: "T9.9 is not a task of INM2521-001v2 雲端架構工程人員; it has T1.1, T2.1, T2.2, T2.3",
      zh: "T9.9 不是 INM2521-001v2 雲端架構工程人員 的工作任務；現有：T1.1、T2.1、T2.2、T2.3",
    });
  });

  test("an unknown standard says which are loaded", () => {
    expect(error(call("DUTIES", "XYZ9999-001"))).toEqual(
      expect.objectContaining({ code: "#N/A", en: expect.stringContaining("Loaded: IIS3512-001v1") }),
    );
  });

  test.each([
    ["KNOWLEDGE", [null]],
    ["KNOWLEDGE", [""]],
    ["KNOWLEDGE", ["hello"]],
    ["KNOWLEDGE", ["K01", "INM2521-001v2"]],
    ["KNOWLEDGE", ["T1".padEnd(300, "1")]],
    ["REQUIREDBY", ["T1.1", "INM2521-001v2"]],
    ["TASKS", ["INM2521-001v2", 9]],
    ["TASKS", ["INM2521-001v2", "high"]],
    ["INFO", ["colour", "INM2521-001v2"]],
    ["SEARCH", [" "]],
    ["NOSUCH", []],
  ])("%s(%j) is #VALUE! with a message", (name, args) => {
    const e = error(callFunction(name, args as Array<string | null>, both));
    expect(e.code).toBe("#VALUE!");
    expect(e.en.length).toBeGreaterThan(10);
    expect(e.zh.length).toBeGreaterThan(3);
  });

  test("a task without knowledge, a code without level, nothing found: #N/A", () => {
    const bare: Standard = {
      ...service,
      code: "BAR0001-001v1",
      duties: [
        {
          code: "T1",
          name: "x",
          tasks: [
            {
              code: "T1.1",
              name: "y",
              blocks: [{ level: null, outputs: [], indicators: [], knowledge: [], skills: [] }],
            },
          ],
        },
      ],
    };
    const context = contextWith([bare]);
    expect(error(callFunction("KNOWLEDGE", ["T1.1"], context)).code).toBe("#N/A");
    expect(error(callFunction("LEVEL", ["T1.1"], context)).code).toBe("#N/A");
    expect(error(callFunction("LEVEL", ["A01"], context)).code).toBe("#N/A");
    expect(error(call("SEARCH", "不存在的字")).code).toBe("#N/A");
    expect(error(callFunction("STANDARDS", [], contextWith([]))).code).toBe("#N/A");
  });
});

describe("the standard argument omitted", () => {
  test("the workbook's default standard is used", () => {
    const context = contextWith([cloud, service], "IIS3512-001v1");
    expect(value(callFunction("NAME", ["T1.1"], context))).toBe("辨識現有系統環境架構");
    expect(value(callFunction("INFO", ["code"], context))).toBe("IIS3512-001v1");
  });

  test("an explicit standard wins over the default", () => {
    const context = contextWith([cloud, service], "IIS3512-001v1");
    expect(value(callFunction("NAME", ["T1.1", "INM2521-001v2"], context))).toBe("系統需求分析");
  });

  test("a default that is not loaded is #N/A naming it", () => {
    const context = contextWith([cloud], "IIS3512-001v1");
    expect(error(callFunction("NAME", ["T1.1"], context))).toEqual(
      expect.objectContaining({ code: "#N/A", en: expect.stringContaining("IIS3512-001v1") }),
    );
  });

  test("no default: the only loaded standard that has the code", () => {
    expect(value(call("NAME", "T2.3"))).toBe("雲端系統架構測試");
    expect(value(call("NAME", "S13"))).toBe("客戶技術問題解決能力");
    expect(value(call("NAME", "O1.2.2"))).toBe("障礙排除手冊建議修正紀錄");
  });

  test("no default and several candidates: #N/A naming them", () => {
    expect(error(call("KNOWLEDGE", "T1.1"))).toEqual({
      code: "#N/A",
      en: "Name the standard or set a default: IIS3512-001v1 雲端資訊服務人員, INM2521-001v2 雲端架構工程人員",
      zh: "請指定職能基準或設定預設值：IIS3512-001v1 雲端資訊服務人員、INM2521-001v2 雲端架構工程人員",
    });
    expect(error(call("DUTIES")).code).toBe("#N/A");
  });

  test("no default and one standard loaded: that one", () => {
    expect(value(callFunction("DUTIES", [], contextWith([service])))).toEqual([
      ["T1", "確認與評估產業系統環境"],
      ["T2", "執行雲端資訊服務作業"],
    ]);
  });
});

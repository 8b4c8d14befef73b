import { buildDataSheet, dataRows, rangeAddress } from "../../src/layout";
import { cloudArchitect, edgeCases } from "../fixtures/standards";
import { rowValues } from "./plan-queries";

describe("data sheet", () => {
  const plan = buildDataSheet([cloudArchitect, edgeCases]);

  it("has one row per (standard, duty, task, level, kind, code, name)", () => {
    expect(rowValues(plan, 1, 10)).toEqual([
      "職能基準代碼",
      "職能基準名稱",
      "主要職責代碼",
      "主要職責",
      "工作任務代碼",
      "工作任務",
      "職能級別",
      "類別",
      "代碼",
      "名稱",
    ]);
    expect(rowValues(plan, 2, 10)).toEqual([
      "INM2521-001v2",
      "雲端架構工程人員",
      "T1",
      "雲端系統架構分析",
      "T1.1",
      "系統需求分析",
      4,
      "工作產出",
      "O1.1.1",
      "功能需求表",
    ]);
    expect(rowValues(plan, 3, 10)).toEqual([
      "INM2521-001v2",
      "雲端架構工程人員",
      "T1",
      "雲端系統架構分析",
      "T1.1",
      "系統需求分析",
      4,
      "行為指標",
      "P1.1.1",
      "盤點系統工作負載、網路、安全及應用程式需求。",
    ]);
  });

  it("counts every output, indicator, knowledge and skill of every block, then the attitudes with their descriptions", () => {
    const rows = dataRows([cloudArchitect], "zh");
    const blocks = cloudArchitect.duties.flatMap((d) => d.tasks.flatMap((t) => t.blocks));
    const expected =
      blocks.reduce(
        (n, b) => n + b.outputs.length + b.indicators.length + b.knowledge.length + b.skills.length,
        0,
      ) + cloudArchitect.attitudes.length;
    expect(rows).toHaveLength(expected);
    expect(rows.at(-1)).toEqual([
      "INM2521-001v2",
      "雲端架構工程人員",
      null,
      null,
      null,
      null,
      null,
      "態度",
      "A07",
      "彈性",
      cloudArchitect.attitudes.at(-1)!.description,
    ]);
    expect(cloudArchitect.attitudes.at(-1)!.description).toMatch(/^能夠敞開心胸/);
    // Only attitudes have a description: every other row leaves the column empty.
    expect(rows.filter((r) => r[7] !== "態度").every((r) => r[10] === null)).toBe(true);
  });

  it("keeps a row per level when one task lists the same item at two levels", () => {
    const k01 = dataRows([edgeCases], "en").filter((r) => r[8] === "K01");
    expect(k01.map((r) => [r[4], r[6], r[7]])).toEqual([
      ["T1.1", 2, "Knowledge"],
      ["T1.1", 3, "Knowledge"],
    ]);
  });

  it("is one Excel table over all standards, header frozen", () => {
    const rows = dataRows([cloudArchitect, edgeCases], "zh").length;
    expect(plan.tables.map((t) => [t.name, rangeAddress(t.range), t.autoFilter])).toEqual([
      ["CompetencyData", `A1:K${rows + 1}`, true],
    ]);
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.name).toBe("職能資料");
    expect(buildDataSheet([], { locale: "en", existingSheetNames: ["Competency data"] }).name).toBe(
      "Competency data (2)",
    );
  });
});

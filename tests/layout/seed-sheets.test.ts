import { buildDataSheet, buildStandardSheet, rangeAddress } from "../../src/layout";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { mergeAddresses, rowOf, rowValues, valueAt } from "./plan-queries";

const cloud = buildStandardSheet(parseSeed(SEED_000).standard);
const service = buildStandardSheet(parseSeed(SEED_003).standard);

describe("the standard sheet of seed 000 (雲端架構工程人員, INM2521-001v2)", () => {
  it("has the document's header block cell by cell", () => {
    expect(valueAt(cloud, "A1")).toBe("雲端架構工程人員職能基準");
    expect(rowValues(cloud, 2, 7)).toEqual([
      "職能基準代碼",
      "INM2521-001v2",
      "職能基準名稱",
      "雲端架構工程人員",
      null,
      "基準級別",
      4,
    ]);
    expect(rowValues(cloud, 3, 7)).toEqual([
      "版本",
      "V2",
      "發展更新日期",
      "2024-12-15",
      null,
      "狀態",
      "最新版本",
    ]);
    expect(rowValues(cloud, 4, 7)).toEqual([
      "職類別",
      "資訊科技 / 網路規劃與建置管理",
      null,
      null,
      null,
      "職類別代碼",
      "INM",
    ]);
    expect(rowValues(cloud, 5, 7)).toEqual([
      "職業別",
      "資訊及通訊使用者支援技術員",
      null,
      null,
      null,
      "職業別代碼",
      "3521",
    ]);
    expect(rowValues(cloud, 6, 7)).toEqual([
      "行業別",
      "出版影音集資通訊業/ 資訊服務業",
      null,
      null,
      null,
      "行業別代碼",
      "J6312",
    ]);
    expect(rowValues(cloud, 7, 2)).toEqual(["工作描述", "從事系統分析，設計雲端資訊系統之軟硬體基礎架構。"]);
  });

  it("has one table row per task, the continued lists joined back together", () => {
    // T2.2 starts page 2, under a copy of the table's header (row 12).
    expect(rowValues(cloud, 12, 2)).toEqual(["主要職責", "工作任務"]);
    const t22 = rowValues(cloud, 13, 7);
    expect(t22.slice(0, 3)).toEqual([
      "T2 雲端系統架構規劃",
      "T2.2 雲端系統架構開發",
      "O2.2.1 雲端系統應用程式解決方案",
    ]);
    expect(String(t22[3]).split("\n")).toHaveLength(6);
    expect(String(t22[3]).split("\n")[5]).toBe("P2.2.6 完成雲端系統移轉搬遷計畫。");
    expect(String(t22[5]).split("\n").at(-1)).toBe("K15 大數據應用");
    expect(String(t22[6]).split("\n").at(-1)).toBe("S10 資訊安全防禦能力");
  });

  it("lists the version history with the replaced version's note", () => {
    const header = rowOf(cloud, "版本沿革") + 1;
    expect(rowValues(cloud, header + 2, 7)).toEqual([
      "V1",
      "INM2521-001v1",
      "雲端架構工程人員",
      "已被《FAC1211-001v2》取代",
      "歷史版本",
      "2021-11-29",
      null,
    ]);
  });

  it("merges, sizes, freezes and prints as designed", () => {
    expect(mergeAddresses(cloud).slice(0, 7)).toEqual([
      "A1:G1",
      "D2:E2",
      "D3:E3",
      "B4:E4",
      "B5:E5",
      "B6:E6",
      "B7:G7",
    ]);
    expect(cloud.columnWidths).toEqual([18, 20, 22, 50, 10, 30, 28]);
    expect(cloud.freeze).toEqual({ rows: 9, columns: 0 });
    expect(cloud.print?.repeatRows).toBeUndefined();
    expect(cloud.pageBreaks?.[0]).toBe(11);
    expect(cloud.rowHeights[7]).toBe(6);
  });
});

describe("the standard sheet of seed 003 (雲端資訊服務人員, IIS3512-001v1)", () => {
  it("has the header block, with blanks where the document gives no version", () => {
    expect(valueAt(service, "A1")).toBe("雲端資訊服務人員職能基準");
    expect(rowValues(service, 2, 7)).toEqual([
      "職能基準代碼",
      "IIS3512-001v1",
      "職能基準名稱",
      "雲端資訊服務人員",
      null,
      "基準級別",
      3,
    ]);
    expect(rowValues(service, 3, 7)).toEqual(["版本", null, "發展更新日期", null, null, "狀態", null]);
    expect(rowValues(service, 6, 7)).toEqual([
      "行業別",
      "出版、影音製作、傳播及資通訊服務業／資料處理、主機及網站代管服務業",
      null,
      null,
      null,
      "行業別代碼",
      "J6312",
    ]);
  });

  it("keeps the footnote markers in the table and writes the footnotes below", () => {
    expect(rowValues(service, 10, 5)).toEqual([
      "T1 確認與評估產業系統環境",
      "T1.1 辨識現有系統環境架構",
      "O1.1.1 系統環境確認書",
      "P1.1.1 依使用者反映的問題，檢視現有系統環境【註1】。\nP1.1.2 依檢視結果完成系統環境確認書。",
      3,
    ]);
    expect(valueAt(service, "C11")).toBe("O1.2.1 操作手冊建議修正紀錄\nO1.2.2 障礙排除手冊建議修正紀錄");
    expect(valueAt(service, `A${rowOf(service, "註") + 4}`)).toBe(
      "【註4】運算邏輯概念：如電腦指令執行流程等。",
    );
  });

  it("lists K06 as required by the three tasks whose blocks name it", () => {
    expect(valueAt(service, `D${rowOf(service, "K06")}`)).toBe(
      "T1.2 協助修正相關手冊、T2.1 輔導使用者操作雲端產品、T2.2 異常問題排除",
    );
  });

  it("has its four task rows on the first page and greys repeated duties", () => {
    expect(service.tables).toEqual([]);
    expect(service.pageBreaks![0]).toBeGreaterThan(13);
    expect(service.conditionalFormats.map((f) => rangeAddress(f.range))).toEqual(["A11:A13", "B11:B13"]);
    expect(service.rowHeights[12]).toBeGreaterThan(service.rowHeights[9]!);
  });
});

describe("the data sheet of both seeds", () => {
  it("holds every row of both standards in one table", () => {
    const data = buildDataSheet([parseSeed(SEED_000).standard, parseSeed(SEED_003).standard]);
    const standards = new Set(
      data.cells.filter((c) => c.col === 0 && c.row > 0).map((c) => c.value?.kind === "text" && c.value.text),
    );
    expect([...standards]).toEqual(["INM2521-001v2", "IIS3512-001v1"]);
    expect(rangeAddress(data.tables[0]!.range)).toBe(`A1:K${Math.max(...data.cells.map((c) => c.row)) + 1}`);
  });
});

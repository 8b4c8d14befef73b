import {
  buildStandardSheet,
  rangeAddress,
  rowHeightFor,
  wrappedLineCount,
  type PlanCell,
  type SheetPlan,
} from "../../src/layout";
import { cloudArchitect, edgeCases } from "../fixtures/standards";
import { cellAt, mergeAddresses, rowOf, rowValues, valueAt } from "./plan-queries";

const plan = buildStandardSheet(cloudArchitect);

describe("standard sheet header block", () => {
  it("writes the title and the identifying facts cell by cell", () => {
    expect(valueAt(plan, "A1")).toBe("雲端架構工程人員職能基準");
    expect(rowValues(plan, 2, 7)).toEqual([
      "職能基準代碼",
      "INM2521-001v2",
      "職能基準名稱",
      "雲端架構工程人員",
      null,
      "基準級別",
      4,
    ]);
    expect(rowValues(plan, 3, 7)).toEqual([
      "版本",
      "V2",
      "發展更新日期",
      "2024-12-15",
      null,
      "狀態",
      "最新版本",
    ]);
    expect(rowValues(plan, 4, 7)).toEqual([
      "職類別",
      "資訊科技 / 網路規劃與建置管理",
      null,
      null,
      null,
      "職類別代碼",
      "INM",
    ]);
    expect(rowValues(plan, 5, 7)).toEqual([
      "職業別",
      "資訊及通訊使用者支援技術員",
      null,
      null,
      null,
      "職業別代碼",
      "3521",
    ]);
    expect(rowValues(plan, 6, 7)).toEqual([
      "行業別",
      "出版影音集資通訊業/ 資訊服務業",
      null,
      null,
      null,
      "行業別代碼",
      "J6312",
    ]);
    expect(rowValues(plan, 7, 2)).toEqual(["工作描述", "從事系統分析，設計雲端資訊系統之軟硬體基礎架構。"]);
  });

  it("keeps codes as text and the benchmark level as a number", () => {
    expect(cellAt(plan, "G5")?.value).toEqual({ kind: "text", text: "3521" });
    expect(cellAt(plan, "G2")?.value).toEqual({ kind: "number", number: 4 });
  });

  it("merges the title across the table width and the long values across their span", () => {
    expect(mergeAddresses(plan)).toEqual(
      expect.arrayContaining(["A1:G1", "D2:E2", "D3:E3", "B4:E4", "B5:E5", "B6:E6", "B7:G7"]),
    );
  });

  it("labels cells in English when asked, leaving the document's text alone", () => {
    const english = buildStandardSheet(cloudArchitect, { locale: "en" });
    expect(rowValues(english, 2, 7)).toEqual([
      "Standard code",
      "INM2521-001v2",
      "Standard name",
      "雲端架構工程人員",
      null,
      "Benchmark level",
      4,
    ]);
    expect(rowValues(english, 9, 7)).toEqual([
      "Duty",
      "Task",
      "Outputs",
      "Behaviour indicators",
      "Level",
      "Knowledge (K)",
      "Skills (S)",
    ]);
  });
});

describe("standard sheet main table", () => {
  it("has one header row and one row per level block, items one per line as 'code name'", () => {
    expect(rowValues(plan, 9, 7)).toEqual([
      "主要職責",
      "工作任務",
      "工作產出",
      "行為指標",
      "職能級別",
      "知識（K）",
      "技能（S）",
    ]);
    const first = rowValues(plan, 10, 7);
    expect(first.slice(0, 3)).toEqual(["T1 雲端系統架構分析", "T1.1 系統需求分析", "O1.1.1 功能需求表"]);
    expect(first[3]).toBe(
      "P1.1.1 盤點系統工作負載、網路、安全及應用程式需求。\nP1.1.2 分析雲端系統應用及軟硬體架構需求。\nP1.1.3 導入風險評估，雲端系統環境及資源規劃、經費與時程估算。",
    );
    expect(first[4]).toBe(4);
    expect(String(first[5]).split("\n")).toEqual([
      "K01 職業安全衛生相關規範",
      "K02 作業系統概論",
      "K03 網路與通訊",
      "K04 資料分析概論",
      "K05 軟體開發架構",
      "K06 雲端運算",
      "K07 混合雲規劃方式",
      "K08 資訊安全概論",
      "K09 雲端服務架構規劃",
    ]);
    // Row 12 starts the second printed page: the table continues there under a copy of its header.
    expect(rowValues(plan, 12, 2)).toEqual(["主要職責", "工作任務"]);
    expect(rowValues(plan, 13, 2)).toEqual(["T2 雲端系統架構規劃", "T2.2 雲端系統架構開發"]);
    expect(rowValues(plan, 14, 2)).toEqual(["T2 雲端系統架構規劃", "T2.3 雲端系統架構測試"]);
  });

  it("is styled cells, not an Excel table, whose header is copied at the top of each page it continues on", () => {
    expect(plan.tables).toEqual([]);
    expect(plan.pageBreaks?.[0]).toBe(11);
    for (const row of [8, 11]) {
      const styles = plan.cells.filter((cell) => cell.row === row).map((cell) => cell.style);
      expect(styles).toEqual(Array(7).fill("tableHeader"));
    }
    expect(plan.rowHeights[11]).toBe(plan.rowHeights[8]);
  });

  it("greys a duty or task that repeats the row above instead of merging (tables cannot merge)", () => {
    for (const table of plan.tables) {
      for (const merge of plan.merges) {
        const overlaps =
          merge.left <= table.range.right &&
          merge.right >= table.range.left &&
          merge.top <= table.range.bottom &&
          merge.bottom >= table.range.top;
        expect(overlaps).toBe(false);
      }
    }
    expect(plan.conditionalFormats.map((f) => [rangeAddress(f.range), f.rule, f.fontColor])).toEqual([
      ["A11:A14", { kind: "formula", formula: "$A11=$A10" }, "#8C8C8C"],
      ["B11:B14", { kind: "formula", formula: "$B11=$B10" }, "#8C8C8C"],
    ]);
  });

  it("freezes the panes under the table header; prints one page wide, the standard named on every page", () => {
    expect(plan.freeze).toEqual({ rows: 9, columns: 0 });
    expect(plan.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      pageNumbers: true,
      title: "INM2521-001v2  雲端架構工程人員  版本 V2",
    });
    // Print titles would repeat the main table's header above the dictionaries too.
    expect(plan.print?.repeatRows).toBeUndefined();
    expect(plan.standards).toEqual(["INM2521-001v2"]);
  });

  it("sizes columns for Chinese text and uses a CJK font everywhere", () => {
    expect(plan.columnWidths).toEqual([18, 20, 22, 50, 10, 30, 28]);
    for (const style of Object.values(plan.styles)) expect(style.font.name).toBe("Microsoft JhengHei");
  });
});

/** Every wrapped text cell gets a row tall enough for all its lines. */
function expectRowsShowAllText(sheet: SheetPlan): void {
  const merged = (cell: PlanCell) => sheet.merges.find((m) => m.top === cell.row && m.left === cell.col);
  for (const cell of sheet.cells) {
    const style = sheet.styles[cell.style]!;
    if (cell.value?.kind !== "text" || !style.alignment?.wrap) continue;
    const right = merged(cell)?.right ?? cell.col;
    const width = sheet.columnWidths.slice(cell.col, right + 1).reduce((a, b) => a + b, 0);
    const needed = rowHeightFor(wrappedLineCount(cell.value.text, width, style.font.size), style.font.size);
    expect(sheet.rowHeights[cell.row]).toBeGreaterThanOrEqual(needed);
  }
}

describe("standard sheet row heights", () => {
  it("give every wrapped cell room for all its lines", () => {
    expectRowsShowAllText(plan);
    expectRowsShowAllText(buildStandardSheet(edgeCases));
  });

  it("grow with the longest list in the row: 13 knowledge lines in T2.1's row", () => {
    expect(plan.rowHeights[10]).toBeGreaterThanOrEqual(13 * 14);
    expect(plan.rowHeights[10]).toBeGreaterThan(plan.rowHeights[9]!);
  });
});

describe("standard sheet dictionaries, history and notes", () => {
  it("lists each knowledge item with the tasks that require it", () => {
    const row = rowOf(plan, "K06");
    expect(rowValues(plan, row, 4)).toEqual([
      "K06",
      "雲端運算",
      null,
      "T1.1 系統需求分析、T2.1 雲端系統架構設計、T2.2 雲端系統架構開發、T2.3 雲端系統架構測試",
    ]);
    expect(mergeAddresses(plan)).toEqual(expect.arrayContaining([`B${row}:C${row}`, `D${row}:G${row}`]));
    expect(valueAt(plan, `D${rowOf(plan, "S13")}`)).toBe("T2.3 雲端系統架構測試");
  });

  it("describes attitudes and marks items no task requires", () => {
    expect(valueAt(plan, `D${rowOf(plan, "A01")}`)).toMatch(/^對於任務的執行過程/);
    const edge = buildStandardSheet(edgeCases);
    const unused = cellAt(edge, `D${rowOf(edge, "K04")}`);
    expect(unused?.value).toEqual({ kind: "text", text: "（未見於任何工作任務）" });
    expect(unused?.style).toBe("muted");
  });

  it("keeps the version history below the table", () => {
    const header = rowOf(plan, "版本沿革") + 1;
    expect(rowValues(plan, header + 1, 7)).toEqual([
      "V2",
      "INM2521-001v2",
      "雲端架構工程人員",
      "略",
      "最新版本",
      "2024-12-15",
      null,
    ]);
    expect(rowValues(plan, header + 2, 4)).toEqual([
      "V1",
      "INM2521-001v1",
      "雲端架構工程人員",
      "已被《FAC1211-001v2》取代",
    ]);
  });

  it("writes qualifications, other notes with their sub-items, and footnotes", () => {
    const notes = rowOf(plan, "說明與補充事項");
    expect(valueAt(plan, `A${notes + 1}`)).toBe("建議擔任此職類／職業之學歷／經驗／或能力條件");
    expect(valueAt(plan, `A${notes + 2}`)).toMatch(/^• 大專以上資訊相關科系畢業/);
    expect(valueAt(plan, `A${notes + 5}`)).toBe(
      [
        "• 雲端運算服務模式：",
        "    ◦ 軟體即服務 (SaaS)：消費者使用應用程式，但不掌控作業系統、硬體或運作的網路基礎架構。是一種服務觀念的基礎，軟體服務供應商，以租賃的概念提供客戶服務，而非購買，比較常見的模式是提供一組帳號密碼。例如：Adobe Creative Cloud，Microsoft CRM 與 Salesforce.com 等。",
        "    ◦ 平台即服務 (PaaS)：消費者使用主機操作應用程式。消費者掌控運作應用程式的環境 (也擁有主機部分掌控權)，但不掌控作業系統、硬體或運作的網路基礎架構。平台通常是應用程式基礎架構。例如：Google App Engine。",
        "    ◦ 基礎設施即服務 (IaaS)：消費者使用「基礎運算資源」，如處理能力、儲存空間、網路元件或中介軟體。消費者能掌控作業系統、儲存空間、已部署的應用程式及網路元件 (如防火牆、負載平衡器等)，但不掌控雲端基礎架構。例如：Amazon Web Services (AWS)、Rackspace 等。",
      ].join("\n"),
    );
    const edge = buildStandardSheet(edgeCases);
    expect(valueAt(edge, `A${rowOf(edge, "註") + 1}`)).toBe("【註1】系統環境：如軟硬體、網路等。");
  });
});

describe("standard sheet edge cases", () => {
  const edge = buildStandardSheet(edgeCases);

  it("gives a task with two level blocks two rows and a task with none one empty row", () => {
    expect(rowValues(edge, 10, 5)).toEqual([
      "T1 +確認需求",
      "T1.1 -分級任務",
      "O1.1.1 @清單\n  • 細項一\n  • 細項二",
      "P1.1.1 '引號開頭的指標",
      2,
    ]);
    expect(rowValues(edge, 11, 5)).toEqual([
      "T1 +確認需求",
      "T1.1 -分級任務",
      "O1.1.2 報告",
      "P1.1.2 =1+1",
      3,
    ]);
    expect(rowValues(edge, 12, 7)).toEqual(["T1 +確認需求", "T1.2 無級別任務", null, null, null, null, null]);
    expect(rowValues(edge, 13, 7)).toEqual([
      "T2 其他職責",
      "T2.1 未標級別",
      null,
      null,
      null,
      "K03 3521",
      "S01 2024-12-15",
    ]);
  });

  it("keeps formula-looking document text as text values, never formulas", () => {
    expect(edge.cells.some((c) => c.value?.kind === "formula")).toBe(false);
    expect(valueAt(edge, "B7")).toBe('=HYPERLINK("http://example.com")');
  });

  it("falls back to name + 職能基準 for a missing title and leaves a missing level blank", () => {
    expect(valueAt(edge, "A1")).toBe(`${edgeCases.name}職能基準`);
    expect(valueAt(edge, "G2")).toBeNull();
    expect(rowOf(edge, "說明與補充事項")).toBeGreaterThan(13);
    expect(edge.cells.some((c) => c.value?.kind === "text" && c.value.text === "版本沿革")).toBe(false);
  });

  it("names the sheet from code and name within Excel's rules", () => {
    expect(plan.name).toBe("INM2521-001v2 雲端架構工程人員");
    expect(edge.name).toBe("TST0001-001v1 測試 人員 甲乙丙丁戊己庚辛壬癸子");
    expect(edge.name.length).toBeLessThanOrEqual(31);
    const again = buildStandardSheet(cloudArchitect, {
      existingSheetNames: ["inm2521-001V2 雲端架構工程人員"],
    });
    expect(again.name).toBe("INM2521-001v2 雲端架構工程人員 (2)");
  });

  it("uses only styles it defines", () => {
    for (const sheet of [plan, edge]) {
      for (const cell of sheet.cells) expect(sheet.styles[cell.style]).toBeDefined();
    }
  });
});

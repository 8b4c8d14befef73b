import { parseStandard } from "../../src/parse";
import type { Standard, Task } from "../../src/model";
import { fixtureText, seedText, SEED_000, SEED_003 } from "../helpers/seeds";

function task(standard: Standard, code: string): Task {
  const found = standard.duties.flatMap((d) => d.tasks).find((t) => t.code === code);
  if (!found) throw new Error(`no task ${code}`);
  return found;
}

function knowledge(standard: Standard, code: string) {
  return standard.knowledge.find((k) => k.code === code);
}

const pdf = parseStandard(fixtureText("pdf-style.txt"));
const tab = parseStandard(fixtureText("tab-style.txt"));

describe("line-broken, column-major PDF text", () => {
  test("reads the whole fixture without diagnostics", () => {
    expect(pdf.diagnostics).toEqual([]);
    expect(pdf.standard.duties.map((d) => [d.code, d.name])).toEqual([
      ["T1", "資料蒐集與整理"],
      ["T2", "資料分析與呈現"],
    ]);
  });

  test("page markers and the repeated table header are dropped", () => {
    const texts = JSON.stringify(pdf.standard);
    expect(texts).not.toMatch(/第\s*\d\s*頁|總共|主要職責|行為指標|K=knowledge/);
  });

  test("an indicator broken by a page continues after the repeated header", () => {
    expect(task(pdf.standard, "T1.2").blocks[0]!.indicators[0]).toEqual({
      code: "P1.2.1",
      text: "使用 Python 與 SQL 清理缺漏值與異常值，並將原始檔保存於 Amazon S3儲存空間。",
    });
  });

  test("a row whose K/S lists came before the break gets its indicator's rest and more K/S after it", () => {
    const block = task(pdf.standard, "T2.1").blocks;
    expect(block).toHaveLength(1);
    expect(block[0]!.indicators).toEqual([
      { code: "P2.1.1", text: "建立資料視覺化儀表板，呈現關鍵績效指標。" },
    ]);
    expect(block[0]!.knowledge).toEqual(["K07", "K08"]);
    expect(block[0]!.skills).toEqual(["S05", "S06"]);
  });

  test("cell text broken mid-word: Chinese joined without spaces, Latin words keep one space", () => {
    expect(task(pdf.standard, "T1.1").name).toBe("規劃資料蒐集方式");
    expect(task(pdf.standard, "T1.1").blocks[0]!.outputs).toEqual([
      { code: "O1.1.1", name: "資料蒐集計畫", details: [] },
    ]);
    expect(pdf.standard.description).toBe("蒐集、整理並分析組織資料，提出決策建議。");
    expect(knowledge(pdf.standard, "K07")!.details).toContain("Looker Studio");
    expect(knowledge(pdf.standard, "K08")!.name).toBe("商業智慧工具");
  });

  test("full-width codes, and a code separated from its name by a line break", () => {
    expect(task(pdf.standard, "T1.2").blocks[0]!.outputs[0]).toEqual({
      code: "O1.2.1",
      name: "清理後資料集",
      details: [],
    });
    expect(knowledge(pdf.standard, "K07")!.name).toBe("資料視覺化工具");
    expect(knowledge(pdf.standard, "K06")!.name).toBe("雲端儲存服務");
  });

  test("a task with two level blocks, each with its own indicators, K and S", () => {
    const blocks = task(pdf.standard, "T1.1").blocks;
    expect(blocks.map((b) => [b.level, b.indicators.map((p) => p.code), b.knowledge, b.skills])).toEqual([
      [3, ["P1.1.1"], ["K01", "K02"], ["S01", "S02"]],
      [4, ["P1.1.2"], ["K03", "K04"], ["S03"]],
    ]);
  });

  test("K items keep their sub-bullets (, •, -) as part of the item", () => {
    expect(knowledge(pdf.standard, "K07")).toEqual({
      code: "K07",
      name: "資料視覺化工具",
      details: ["Tableau", "Power BI", "Looker Studio"],
    });
  });

  test("words that look like codes inside indicator text stay text", () => {
    const block = task(pdf.standard, "T1.2").blocks[0]!;
    expect(block.indicators[1]!.text).toBe("以 Kubernetes(K8s) 排程清理作業，並以採用S3的備份驗證結果。");
    expect(block.skills).toEqual(["S04"]);
    expect(pdf.standard.skills.map((s) => s.code)).not.toContain("S03x");
    expect(pdf.standard.knowledge.map((k) => k.code)).not.toContain("K08s");
  });

  test("footnote markers in indicators are normalised and footnotes collected", () => {
    expect(task(pdf.standard, "T1.1").blocks[1]!.indicators[0]!.text).toBe(
      "評估外部資料來源【註1】的品質與授權條件，訂定蒐集規範。",
    );
    expect(pdf.standard.notes.footnotes).toEqual([
      { number: 1, text: "外部資料來源：如政府開放資料、產業資料庫等。" },
    ]);
    expect(pdf.standard.notes.qualifications).toEqual([
      { text: "大學以上統計、資訊相關科系畢業，或具 2 年以上資料分析工作經驗。", subItems: [] },
    ]);
  });

  test("attitudes written A01謹慎細心： and A2 主動積極: across a page break", () => {
    expect(pdf.standard.attitudes).toEqual([
      { code: "A01", name: "謹慎細心", description: "對於任務的執行過程，能謹慎考量及處理所有細節。" },
      {
        code: "A02",
        name: "主動積極",
        description: "不需他人指示或要求能自動自發做事，面臨問題立即採取行動加以解決。",
      },
    ]);
  });

  test("older naming in PDF text (工作任務 / 工作活動) reads the same", () => {
    const older = parseStandard(
      fixtureText("pdf-style.txt").replace(/主要職責 工作任務/g, "工作任務 工作活動"),
    );
    expect(older.diagnostics).toEqual([]);
    expect(older.standard.duties).toEqual(pdf.standard.duties);
  });
});

describe("tab-separated rows", () => {
  test("reads the whole fixture without diagnostics", () => {
    expect(tab.diagnostics).toEqual([]);
  });

  test("older documents: the first column is 工作任務 (duties) and the second 工作活動 (tasks)", () => {
    expect(tab.standard.duties.map((d) => [d.code, d.name, d.tasks.map((t) => [t.code, t.name])])).toEqual([
      [
        "T1",
        "規劃電子商務策略",
        [
          ["T1.1", "分析市場"],
          ["T1.2", "執行網路行銷"],
        ],
      ],
    ]);
  });

  test("a row continued after a page break: text at the start of a cell continues that column", () => {
    const first = task(tab.standard, "T1.1").blocks[0]!;
    expect(first.indicators).toEqual([
      { code: "P1.1.1", text: "蒐集競爭者資料。" },
      { code: "P1.1.2", text: "分析消費者行為，提出市場定位建議。" },
    ]);
    expect(first.knowledge).toEqual(["K01", "K02", "K03"]);
  });

  test("a second level block in the next row", () => {
    expect(
      task(tab.standard, "T1.1").blocks.map((b) => [
        b.level,
        b.indicators.map((p) => p.code),
        b.knowledge,
        b.skills,
      ]),
    ).toEqual([
      [3, ["P1.1.1", "P1.1.2"], ["K01", "K02", "K03"], ["S01"]],
      [4, ["P1.1.3"], ["K04"], ["S02", "S03"]],
    ]);
  });

  test("full-width (Ｏ1.1.1, Ｋ０１) and unpadded (K2, S1) codes become canonical", () => {
    expect(task(tab.standard, "T1.1").blocks[0]!.outputs[0]!.code).toBe("O1.1.1");
    expect(tab.standard.knowledge.map((k) => k.code)).toEqual(["K01", "K02", "K03", "K04", "K05"]);
    expect(tab.standard.skills.map((s) => [s.code, s.name])).toEqual([
      ["S01", "資料分析能力"],
      ["S02", "策略規劃能力"],
      ["S03", "預算編列能力"],
      ["S04", "廣告投放能力"],
    ]);
  });

  test("inline sub-bullets stay with their item", () => {
    expect(knowledge(tab.standard, "K02")).toEqual({
      code: "K02",
      name: "消費者行為",
      details: ["購買決策", "顧客旅程"],
    });
  });

  test("Amazon S3 inside an indicator is text, not a skill", () => {
    const block = task(tab.standard, "T1.2").blocks[0]!;
    expect(block.indicators[0]!.text).toBe("使用 Google Ads 與 Amazon S3 管理素材【註1】。");
    expect(block.skills).toEqual(["S04"]);
  });

  test("version history with an empty note and an unpadded date", () => {
    expect(tab.standard.versions).toEqual([
      {
        version: "V3",
        code: "TMK2431-001v3",
        name: "電子商務企劃人員",
        status: "最新版本",
        note: "新增級別 4 任務",
        date: "2023-06-01",
      },
      {
        version: "V2",
        code: "TMK2431-001v2",
        name: "電子商務企劃人員",
        status: "歷史版本",
        note: "",
        date: "2019-03-01",
      },
    ]);
  });

  test("attitudes A1 主動積極: and A02 創新:, the category name filled instead of the occupation", () => {
    expect(tab.standard.attitudes.map((a) => [a.code, a.name])).toEqual([
      ["A01", "主動積極"],
      ["A02", "創新"],
    ]);
    expect([tab.standard.name, tab.standard.nameCategory, tab.standard.nameOccupation]).toEqual([
      "電子商務企劃",
      "電子商務企劃",
      "",
    ]);
  });
});

describe("encodings and white space", () => {
  test.each([SEED_000, SEED_003])("%s: BOM, CRLF and NBSP change nothing", (seed) => {
    const text = seedText(seed);
    const mangled = "\uFEFF" + text.replace(/\n/g, "\r\n").replace(/ /g, "\u00A0");
    expect(parseStandard(mangled)).toEqual(parseStandard(text));
  });

  test("full-width footnote digits and spaces inside markers: 【註 ４】 → 【註4】", () => {
    const text = seedText(SEED_003).replace("【註 4】 ", "【 註 ４ 】 ");
    expect(parseStandard(text).standard.knowledge.find((k) => k.code === "K06")!.name).toBe(
      "產品功能與運算邏輯概念【註4】",
    );
  });
});

describe("missing or malformed sections", () => {
  test("no table: an error with a line number, the header still read", () => {
    const lines = seedText(SEED_000).split("\n");
    const cut = lines.findIndex((l) => l.startsWith("主要職責"));
    const result = parseStandard(lines.slice(0, cut).join("\n"));
    expect(result.standard.code).toBe("INM2521-001v2");
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ severity: "error", id: "missing-table" }),
    );
    expect(result.diagnostics.every((d) => d.line >= 1)).toBe(true);
  });

  test("a missing header field is an error on the header's lines", () => {
    const result = parseStandard(seedText(SEED_003).replace("基準級別 3", ""));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: "error",
        id: "missing-field",
        line: 23,
        message: expect.objectContaining({ zh: expect.stringContaining("基準級別") }),
      }),
    ]);
    expect(result.standard.duties).toHaveLength(2);
  });

  test("a block without a level is an error at its line; the rest is kept", () => {
    const result = parseStandard(
      seedText(SEED_003).replace("3 K06 產品功能與運算邏輯概念 K07", "K06 產品功能與運算邏輯概念 K07"),
    );
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ id: "missing-level", severity: "error", line: 176 }),
    ]);
    expect(task(result.standard, "T2.2").blocks[0]!.knowledge).toEqual(["K06", "K07", "K08"]);
  });

  test("a task before any duty, an indicator before any task: errors with line numbers", () => {
    const result = parseStandard(
      "某職能基準\n\n主要職責\t工作任務\t工作產出\t行為指標\n\t\t\tP1.1.1 孤立的指標\nT1.1 沒有職責的任務\n",
    );
    expect(result.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "code-outside-task", line: 4, severity: "error" }),
        expect.objectContaining({ id: "task-without-duty", line: 5, severity: "error" }),
      ]),
    );
  });

  test("a truncated document keeps what was read", () => {
    const text = seedText(SEED_000);
    const result = parseStandard(text.slice(0, text.indexOf("T2.2")));
    expect(task(result.standard, "T1.1").blocks[0]!.indicators).toHaveLength(3);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ id: "missing-attitudes" }));
  });

  test("empty input and input over 10 MB give errors, not exceptions", () => {
    expect(parseStandard("").diagnostics.some((d) => d.severity === "error")).toBe(true);
    const huge = parseStandard("x".repeat(10 * 1024 * 1024 + 1));
    expect(huge.diagnostics).toEqual([
      expect.objectContaining({ id: "too-large", severity: "error", line: 1 }),
    ]);
  });
});

describe("PDF text with whole rows on one line and the version table one cell per line", () => {
  const oneLine = parseStandard(fixtureText("pdf-one-line-rows.txt"));

  test("reads without diagnostics", () => {
    expect(oneLine.diagnostics).toEqual([]);
  });

  test("a version table written one cell per line", () => {
    expect(oneLine.standard.versions).toEqual([
      {
        version: "V3",
        code: "ABC1234-001v3",
        name: "測試人員",
        status: "最新版本",
        note: "新增任務",
        date: "2024-01-05",
      },
      {
        version: "V2",
        code: "ABC1234-001v2",
        name: "測試人員",
        status: "歷史版本",
        note: "",
        date: "2020-12-31",
      },
    ]);
  });

  test("a level between an indicator and the K list on the same line opens the block's lists", () => {
    expect(
      task(oneLine.standard, "T1.1").blocks.map((b) => [b.level, b.indicators, b.knowledge, b.skills]),
    ).toEqual([
      [3, [{ code: "P1.1.1", text: "依需求擬定測試計畫書。" }], ["K01", "K02"], ["S01"]],
      [4, [{ code: "P1.1.2", text: "審查計畫。" }], ["K03"], ["S02"]],
    ]);
  });

  test("punctuation between a code and its text is not part of the text", () => {
    expect(oneLine.standard.duties[0]!.name).toBe("規劃測試");
    expect(task(oneLine.standard, "T1.1").name).toBe("擬定計畫");
    expect(task(oneLine.standard, "T1.1").blocks[0]!.outputs[0]!.name).toBe("測試計畫書");
    expect(knowledge(oneLine.standard, "K01")!.name).toBe("軟體測試概論");
    expect(oneLine.standard.skills[0]!.name).toBe("測試設計能力");
  });
});

describe("tab rows whose merged cells a converter repeated on the next page", () => {
  const repeated = parseStandard(fixtureText("tab-repeated-cells.txt"));

  test("reads without diagnostics", () => {
    expect(repeated.diagnostics).toEqual([]);
  });

  test("the duty and task named again continue; the row's indicator and K join its block", () => {
    expect(repeated.standard.duties.map((d) => [d.code, d.tasks.map((t) => t.code)])).toEqual([
      ["T1", ["T1.1", "T1.2"]],
    ]);
    expect(
      task(repeated.standard, "T1.1").blocks.map((b) => [
        b.level,
        b.indicators.map((p) => p.code),
        b.knowledge,
      ]),
    ).toEqual([[3, ["P1.1.1", "P1.1.2"], ["K01", "K02", "K03"]]]);
  });

  test("K items separated by 、 lose the separator", () => {
    expect(knowledge(repeated.standard, "K01")!.name).toBe("軟體測試");
  });

  test("attitudes as a tab table, without their heading", () => {
    expect(repeated.standard.attitudes).toEqual([
      { code: "A01", name: "謹慎細心", description: "對於任務的執行過程，能謹慎考量。" },
      { code: "A02", name: "主動積極", description: "不需他人指示。" },
    ]);
    expect(task(repeated.standard, "T1.2").blocks[0]!.skills).toEqual(["S02"]);
  });
});

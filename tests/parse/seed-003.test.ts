import { parseSeed, SEED_003 } from "../helpers/seeds";

/** Golden test of seed 003, field by field, against what the document says. */
const { standard, diagnostics } = parseSeed(SEED_003);

test("parses without diagnostics", () => {
  expect(diagnostics).toEqual([]);
});

test("header fields", () => {
  expect({
    code: standard.code,
    name: standard.name,
    title: standard.title,
    nameCategory: standard.nameCategory,
    nameOccupation: standard.nameOccupation,
    category: standard.category,
    occupation: standard.occupation,
    industry: standard.industry,
    description: standard.description,
    level: standard.level,
  }).toEqual({
    code: "IIS3512-001v1",
    name: "雲端資訊服務人員",
    title: "雲端資訊服務人員職能基準",
    nameCategory: "",
    nameOccupation: "雲端資訊服務人員",
    category: { name: "資訊科技／資訊支援與服務", code: "IIS" },
    occupation: { name: "資訊及通訊使用者支援技術員", code: "3512" },
    industry: { name: "出版、影音製作、傳播及資通訊服務業／資料處理、主機及網站代管服務業", code: "J6312" },
    description: "依組織目標與使用者需求，進行雲端產品資訊服務作業。",
    level: 3,
  });
});

test("version history", () => {
  expect(standard.versions).toEqual([]);
});

test("duties", () => {
  expect(standard.duties.map((d) => [d.code, d.name])).toEqual([
    ["T1", "確認與評估產業系統環境"],
    ["T2", "執行雲端資訊服務作業"],
  ]);
});

/** [duty, task, task name, level, outputs, indicators, knowledge codes, skill codes] per level block. */
const BLOCKS: Array<[string, string, string, number, string[][], string[][], string[], string[]]> = [
  [
    "T1",
    "T1.1",
    "辨識現有系統環境架構",
    3,
    [["O1.1.1", "系統環境確認書"]],
    [
      ["P1.1.1", "依使用者反映的問題，檢視現有系統環境【註1】。"],
      ["P1.1.2", "依檢視結果完成系統環境確認書。"],
    ],
    ["K01", "K02", "K03", "K04", "K05"],
    ["S01", "S02", "S03", "S04"],
  ],
  [
    "T1",
    "T1.2",
    "協助修正相關手冊",
    3,
    [
      ["O1.2.1", "操作手冊建議修正紀錄"],
      ["O1.2.2", "障礙排除手冊建議修正紀錄"],
    ],
    [
      ["P1.2.1", "依系統環境確認書，並視需求協助修正或新增操作手冊內容。"],
      ["P1.2.2", "依系統環境確認書，並視需求協助修正或新增障礙排除手冊內容。"],
    ],
    ["K02", "K03", "K04", "K05", "K06"],
    ["S01", "S02"],
  ],
  [
    "T2",
    "T2.1",
    "輔導使用者操作雲端產品",
    3,
    [["O2.1.1", "操作方式確認表"]],
    [
      ["P2.1.1", "新產品上線或使用者需求，按照操作手冊，輔導使用者操作雲端產品【註2】。"],
      ["P2.1.2", "依使用者需求，協助調整或更新雲端產品操作步驟。"],
    ],
    ["K02", "K03", "K04", "K05", "K06"],
    ["S01", "S03", "S05", "S06"],
  ],
  [
    "T2",
    "T2.2",
    "異常問題排除",
    3,
    [
      ["O2.2.1", "異常處理申請單"],
      ["O2.2.2", "異常處理紀錄表"],
    ],
    [
      ["P2.2.1", "與使用者溝通，確認與記錄使用者需求與問題。"],
      ["P2.2.2", "蒐集現有或歷史產品資訊，進行問題分析。"],
      ["P2.2.3", "運用現有資訊與已知技術，排除異常問題，並向使用者說明與記錄處理結果。"],
      ["P2.2.4", "視需求將異常問題回報給組織相關人員【註3】進行處理，並追蹤處理情形。"],
    ],
    ["K06", "K07", "K08"],
    ["S02", "S04", "S07", "S08", "S09"],
  ],
];

test.each(BLOCKS.map((row, i) => [row[1], i, row] as const))("task %s block %#", (_code, i, expected) => {
  const rows = standard.duties.flatMap((d) => d.tasks.flatMap((t) => t.blocks.map((b) => ({ d, t, b }))));
  const { d, t, b } = rows[i]!;
  expect([
    d.code,
    t.code,
    t.name,
    b.level,
    b.outputs.map((o) => [o.code, o.name]),
    b.indicators.map((p) => [p.code, p.text]),
    b.knowledge,
    b.skills,
  ]).toEqual(expected);
  expect(rows).toHaveLength(BLOCKS.length);
});

test("knowledge items with names", () => {
  expect(standard.knowledge.map((k) => [k.code, k.name, k.details])).toEqual([
    ["K01", "資訊技術現況與發展趨勢", []],
    ["K02", "雲端產品概念", []],
    ["K03", "系統環境概念", []],
    ["K04", "網際網路概念", []],
    ["K05", "雲端技術概念", []],
    ["K06", "產品功能與運算邏輯概念【註4】", []],
    ["K07", "問題評估與解決方法", []],
    ["K08", "除錯流程與工具使用知識", []],
  ]);
});

test("skill items with names", () => {
  expect(standard.skills.map((k) => [k.code, k.name, k.details])).toEqual([
    ["S01", "資料蒐集與解讀能力", []],
    ["S02", "文書處理能力", []],
    ["S03", "溝通協調能力", []],
    ["S04", "問題判讀能力", []],
    ["S05", "資訊科技應用能力", []],
    ["S06", "簡報能力", []],
    ["S07", "系統檢測工具操作能力", []],
    ["S08", "雲端產品基本除錯能力", []],
    ["S09", "問題追蹤系統使用能力", []],
  ]);
});

test("every attitude with its description", () => {
  expect(standard.attitudes).toEqual([
    {
      code: "A01",
      name: "主動積極",
      description:
        "不需他人指示或要求能自動自發做事，面臨問題立即採取行動加以解決，且為達目標願意主動承擔額外責任。",
    },
    {
      code: "A02",
      name: "謹慎細心",
      description:
        "對於任務的執行過程，能謹慎考量及處理所有細節，精確地檢視每個程序，並持續對其保持高度關注。",
    },
    {
      code: "A03",
      name: "壓力容忍",
      description:
        "冷靜且有效地應對及處理高度緊張的情況或壓力，如緊迫的時間、不友善的人、各類突發事件及危急狀況，並能以適當的方式紓解自身壓力。",
    },
    {
      code: "A04",
      name: "親和力",
      description: "對他人表現理解、友善、同理心、關心和禮貌，並能與不同背景的人發展及維持良好關係。",
    },
    {
      code: "A05",
      name: "應對不確定性",
      description: "當狀況不明或問題不夠具體的情況下，能在必要時採取行動，以有效釐清模糊不清的態勢。",
    },
    {
      code: "A06",
      name: "持續學習",
      description:
        "能夠展現自我提升的企圖心，利用且積極參與各種機會，學習任務所需的新知識與技能，並能有效應用在特定任務。",
    },
  ]);
});

test("notes", () => {
  expect(standard.notes).toEqual({
    qualifications: [
      {
        text: "高中（職）以上資訊相關科系畢業，或具 2 年以上資訊相關工作經驗，或資訊相關訓練課程結訓者。",
        subItems: [],
      },
      { text: "參訓資格依各訓練單位規定。", subItems: [] },
    ],
    other: [],
    footnotes: [
      { number: 1, text: "系統環境：如軟硬體、網路、操作人員角色及操作流程等。" },
      { number: 2, text: "雲端產品：如雲端軟體、雲端平台及雲端設備等。" },
      { number: 3, text: "組織相關人員：如軟體開發工程師及架構規劃師等。" },
      { number: 4, text: "運算邏輯概念：如電腦指令執行流程等。" },
    ],
  });
});

import { parseSeed, SEED_000 } from "../helpers/seeds";

/** Golden test of seed 000, field by field, against what the document says. */
const { standard, diagnostics } = parseSeed(SEED_000);

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
    code: "INM2521-001v2",
    name: "雲端架構工程人員",
    title: "雲端架構工程人員職能基準",
    nameCategory: "",
    nameOccupation: "雲端架構工程人員",
    category: { name: "資訊科技 / 網路規劃與建置管理", code: "INM" },
    occupation: { name: "資訊及通訊使用者支援技術員", code: "3521" },
    industry: { name: "出版影音集資通訊業/ 資訊服務業", code: "J6312" },
    description: "從事系統分析，設計雲端資訊系統之軟硬體基礎架構。",
    level: 4,
  });
});

test("version history", () => {
  expect(standard.versions).toEqual([
    {
      version: "V2",
      code: "INM2521-001v2",
      name: "雲端架構工程人員",
      status: "最新版本",
      note: "略",
      date: "2024-12-15",
    },
    {
      version: "V1",
      code: "INM2521-001v1",
      name: "雲端架構工程人員",
      status: "歷史版本",
      note: "已被《FAC1211-001v2》取代",
      date: "2021-11-29",
    },
  ]);
});

test("duties", () => {
  expect(standard.duties.map((d) => [d.code, d.name])).toEqual([
    ["T1", "雲端系統架構分析"],
    ["T2", "雲端系統架構規劃"],
  ]);
});

/** [duty, task, task name, level, outputs, indicators, knowledge codes, skill codes] per level block. */
const BLOCKS: Array<[string, string, string, number, string[][], string[][], string[], string[]]> = [
  [
    "T1",
    "T1.1",
    "系統需求分析",
    4,
    [["O1.1.1", "功能需求表"]],
    [
      ["P1.1.1", "盤點系統工作負載、網路、安全及應用程式需求。"],
      ["P1.1.2", "分析雲端系統應用及軟硬體架構需求。"],
      ["P1.1.3", "導入風險評估，雲端系統環境及資源規劃、經費與時程估算。"],
    ],
    ["K01", "K02", "K03", "K04", "K05", "K06", "K07", "K08", "K09"],
    ["S01", "S02", "S03", "S04", "S05", "S06", "S07"],
  ],
  [
    "T2",
    "T2.1",
    "雲端系統架構設計",
    4,
    [["O2.1.1", "雲端系統架構藍圖"]],
    [
      ["P2.1.1", "根據公有雲特性，設計/調整系統前後端架構。"],
      ["P2.1.2", "規劃雲端系統服務、業務持續運作服務及資訊安全架構。"],
      ["P2.1.3", "完成雲端系統架構藍圖、風險評估。"],
      ["P2.1.4", "完成雲端系統環境及資源規劃、經費與時程估算。"],
    ],
    ["K01", "K02", "K03", "K04", "K05", "K06", "K07", "K08", "K09", "K10", "K11", "K12", "K13"],
    ["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09"],
  ],
  [
    "T2",
    "T2.2",
    "雲端系統架構開發",
    4,
    [["O2.2.1", "雲端系統應用程式解決方案"]],
    [
      ["P2.2.1", "協助導入雲端服務解決方案，提供技術諮詢。"],
      ["P2.2.2", "確保雲端系統架構的資訊安全。"],
      ["P2.2.3", "建立雲端資料與系統的服務品質保證協議 (SLA)。"],
      ["P2.2.4", "建置雲端系統及部署相關服務。"],
      ["P2.2.5", "完成雲端系統應用程式解決方案。"],
      ["P2.2.6", "完成雲端系統移轉搬遷計畫。"],
    ],
    ["K02", "K03", "K04", "K05", "K06", "K07", "K08", "K09", "K10", "K11", "K12", "K13", "K14", "K15"],
    ["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10"],
  ],
  [
    "T2",
    "T2.3",
    "雲端系統架構測試",
    4,
    [["O2.3.1", "雲端系統測試報告"]],
    [
      ["P2.3.1", "測試雲端系統的相關服務與功能。"],
      ["P2.3.2", "測試雲端系統的資訊安全防護。"],
      ["P2.3.3", "完成雲端系統測試報告。"],
    ],
    ["K06", "K07", "K08", "K09", "K10", "K12", "K13", "K14", "K15"],
    ["S03", "S04", "S05", "S06", "S07", "S09", "S10", "S11", "S12", "S13"],
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
    ["K01", "職業安全衛生相關規範", []],
    ["K02", "作業系統概論", []],
    ["K03", "網路與通訊", []],
    ["K04", "資料分析概論", []],
    ["K05", "軟體開發架構", []],
    ["K06", "雲端運算", []],
    ["K07", "混合雲規劃方式", []],
    ["K08", "資訊安全概論", []],
    ["K09", "雲端服務架構規劃", []],
    ["K10", "系統分析與設計", []],
    ["K11", "專案管理", []],
    ["K12", "雲端系統導入與開發", []],
    ["K13", "雲端資訊管理系統", []],
    ["K14", "雲端運算服務模式", []],
    ["K15", "大數據應用", []],
  ]);
});

test("skill items with names", () => {
  expect(standard.skills.map((k) => [k.code, k.name, k.details])).toEqual([
    ["S01", "溝通協調能力", []],
    ["S02", "技術協作能力", []],
    ["S03", "參與科技社群能力", []],
    ["S04", "資訊科技應用能力", []],
    ["S05", "外部環境認知與評估", []],
    ["S06", "分析與解讀能力", []],
    ["S07", "規劃與組織能力", []],
    ["S08", "專案管理能力", []],
    ["S09", "時間管理", []],
    ["S10", "資訊安全防禦能力", []],
    ["S11", "資料備份和還原能力", []],
    ["S12", "雲端平台建置與管理能力", []],
    ["S13", "客戶技術問題解決能力", []],
  ]);
});

test("every attitude with its description", () => {
  expect(standard.attitudes).toEqual([
    {
      code: "A01",
      name: "謹慎細心",
      description:
        "對於任務的執行過程，能謹慎考量及處理所有細節，精確地檢視每個程序，並持續對其保持高度關注。",
    },
    {
      code: "A02",
      name: "壓力容忍",
      description:
        "冷靜且有效地應對及處理高度緊張的情況或壓力，如緊迫的時間、不友善的人、各類突發事件及危急狀況，並能以適當的方式紓解自身壓力。",
    },
    {
      code: "A03",
      name: "自我管理",
      description:
        "設立定義明確且實際可行的個人目標；對於及時完成任務展現高度進取、努力、承諾及負責任的行為。",
    },
    { code: "A04", name: "團隊意識", description: "積極參與並支持團隊，能彼此鼓勵共同達成團隊目標。" },
    {
      code: "A05",
      name: "追求卓越",
      description:
        "會為自己設定具挑戰性的工作目標並全力以赴，願意主動投注心力達成或超越既定目標，不斷尋求突破。",
    },
    {
      code: "A06",
      name: "應對不確定性",
      description: "當狀況不明或問題不夠具體的情況下，能在必要時採取行動，以有效釐清模糊不清的態勢。",
    },
    {
      code: "A07",
      name: "彈性",
      description: "能夠敞開心胸，調整行為或工作方法以適應新資訊、變化的外在環境或突如其來的阻礙。",
    },
  ]);
});

test("notes", () => {
  expect(standard.notes).toEqual({
    qualifications: [
      {
        text: "大專以上資訊相關科系畢業，且具3年以上相關工作經驗；或大專以上非資訊相關科系畢業，且具5年以上相關工作經驗。",
        subItems: [],
      },
    ],
    other: [
      {
        text: "雲端運算 (cloud computing)，也譯為網路運算，是一種基於網際網路的運算方式。通過這種方式，共享的軟硬體資源和資訊，可以按需求提供給電腦各種終端和其他裝置，使用服務商提供的電腦基建作運算和資源。",
        subItems: [],
      },
      {
        text: "雲端運算服務模式：",
        subItems: [
          "軟體即服務 (SaaS)：消費者使用應用程式，但不掌控作業系統、硬體或運作的網路基礎架構。是一種服務觀念的基礎，軟體服務供應商，以租賃的概念提供客戶服務，而非購買，比較常見的模式是提供一組帳號密碼。例如：Adobe Creative Cloud，Microsoft CRM 與 Salesforce.com 等。",
          "平台即服務 (PaaS)：消費者使用主機操作應用程式。消費者掌控運作應用程式的環境 (也擁有主機部分掌控權)，但不掌控作業系統、硬體或運作的網路基礎架構。平台通常是應用程式基礎架構。例如：Google App Engine。",
          "基礎設施即服務 (IaaS)：消費者使用「基礎運算資源」，如處理能力、儲存空間、網路元件或中介軟體。消費者能掌控作業系統、儲存空間、已部署的應用程式及網路元件 (如防火牆、負載平衡器等)，但不掌控雲端基礎架構。例如：Amazon Web Services (AWS)、Rackspace 等。",
        ],
      },
    ],
    footnotes: [],
  });
});

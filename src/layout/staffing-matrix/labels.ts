import type { Locale } from "../../model";

const LABELS = {
  sheet: { zh: "人員職能矩陣", en: "Staffing matrix" },
  title: { zh: "人員職能矩陣", en: "Staffing matrix" },
  legend: {
    zh: "在評分欄輸入每人目前的級別；空白表示尚未評分（不算達標，也不算 0%）。紅色：低於角色要求；綠色：達到或超過；灰色：此角色不需要。「可出勤」填「否」的人不計入達標人數、單點風險與角色摘要。",
    en: "Enter each person's current level in the rating cells; a blank means not rated yet (neither met nor 0%). Red: below the role's requirement; green: meets or exceeds; grey: not required for the role. People whose Available is No are left out of the counts, the bus factor and the role summary.",
  },
  derivedLegend: {
    zh: "評分由「職能評核」工作表的行為指標推得（見「職能等級」）；空白表示尚未評核。紅色：低於角色要求；綠色：達到或超過；灰色：此角色不需要。「可出勤」填「否」的人不計入達標人數、單點風險與角色摘要。",
    en: "Ratings are derived from the behaviour indicators on the Assessment sheet (see Derived levels); a blank means not assessed yet. Red: below the role's requirement; green: meets or exceeds; grey: not required for the role. People whose Available is No are left out of the counts, the bus factor and the role summary.",
  },
  code: { zh: "代碼", en: "Code" },
  unitName: { zh: "名稱", en: "Name" },
  standard: { zh: "職能基準", en: "Standard" },
  standardLevel: { zh: "標準級別", en: "Standard level" },
  standardLevelDerived: { zh: "標準級別（由任務推得）", en: "Standard level (derived from the tasks)" },
  required: { zh: "必要級別", en: "Required level" },
  requiredDerived: { zh: "必要級別（由任務推得）", en: "Required level (derived from the tasks)" },
  meeting: {
    zh: "達標人數（依角色要求，可出勤者）",
    en: "People meeting their role's requirement (available)",
  },
  busFactor: { zh: "單點風險（依角色要求，可出勤者）", en: "Bus factor (role's requirement, available)" },
  nobody: { zh: "✖ 無人", en: "✖ nobody" },
  onlyOne: { zh: "⚠ 僅一人", en: "⚠ one person" },
  name: { zh: "姓名", en: "Name" },
  role: { zh: "角色", en: "Role" },
  met: { zh: "達標項數", en: "Units met" },
  requiredCount: { zh: "應達項數", en: "Units required" },
  coverage: { zh: "覆蓋率", en: "Coverage" },
  rated: { zh: "已評項數", en: "Units rated" },
  available: { zh: "可出勤", en: "Available" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  availablePrompt: { zh: "此人目前可出勤嗎？", en: "Is this person available?" },
  summary: { zh: "角色摘要", en: "By role" },
  people: { zh: "可出勤人數", en: "People available" },
  averageCoverage: { zh: "平均覆蓋率", en: "Average coverage" },
  withGaps: { zh: "未全數達標人數", en: "People with gaps" },
  ratingPrompt: { zh: "請選擇級別", en: "Choose a level" },
  chartPerson: { zh: "圖表中的人員", en: "Person in the chart" },
  chartPersonPrompt: { zh: "選擇要在雷達圖中檢視的人員", en: "Choose whom the radar chart shows" },
  chartUnit: { zh: "項目", en: "Unit" },
  personLevel: { zh: "此人級別", en: "This person's level" },
  roleRequired: { zh: "角色要求", en: "Role's requirement" },
  radarTitle: { zh: "個人級別與角色要求", en: "Levels against the role's requirement" },
  columnTitle: {
    zh: "各項達標人數（依角色要求，可出勤者）",
    en: "People meeting their role's requirement, per unit (available)",
  },
} as const;

export type MatrixLabel = keyof typeof LABELS;

export function matrixLabel(key: MatrixLabel, locale: Locale): string {
  return LABELS[key][locale];
}

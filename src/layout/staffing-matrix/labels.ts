import type { Locale } from "../../model";

const LABELS = {
  sheet: { zh: "人員職能矩陣", en: "Staffing matrix" },
  title: { zh: "人員職能矩陣", en: "Staffing matrix" },
  legend: {
    zh: "在評分欄輸入每人目前的級別。紅色：低於角色要求；綠色：達到或超過；灰色：此角色不需要；空白：尚未評分。",
    en: "Enter each person's current level in the rating cells. Red: below the role's requirement; green: meets or exceeds; grey: not required for the role; blank: not rated yet.",
  },
  code: { zh: "代碼", en: "Code" },
  unitName: { zh: "名稱", en: "Name" },
  standard: { zh: "職能基準", en: "Standard" },
  standardLevel: { zh: "標準級別", en: "Standard level" },
  required: { zh: "必要級別", en: "Required level" },
  meeting: { zh: "達標人數", en: "People meeting it" },
  busFactor: { zh: "單點風險", en: "Bus factor" },
  nobody: { zh: "✖ 無人", en: "✖ nobody" },
  onlyOne: { zh: "⚠ 僅一人", en: "⚠ one person" },
  name: { zh: "姓名", en: "Name" },
  role: { zh: "角色", en: "Role" },
  met: { zh: "達標項數", en: "Units met" },
  requiredCount: { zh: "應達項數", en: "Units required" },
  coverage: { zh: "覆蓋率", en: "Coverage" },
  summary: { zh: "角色摘要", en: "By role" },
  people: { zh: "人數", en: "People" },
  averageCoverage: { zh: "平均覆蓋率", en: "Average coverage" },
  withGaps: { zh: "未全數達標人數", en: "People with gaps" },
  ratingPrompt: { zh: "請選擇級別", en: "Choose a level" },
} as const;

export type MatrixLabel = keyof typeof LABELS;

export function matrixLabel(key: MatrixLabel, locale: Locale): string {
  return LABELS[key][locale];
}

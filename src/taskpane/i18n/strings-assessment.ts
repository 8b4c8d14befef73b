import type { LocalizedText } from "../../model";

/** The staffing-matrix form's assessment options, typed names and charts (issue 14). */
export const ASSESSMENT_STRINGS = {
  peopleTyped: { zh: "輸入或貼上姓名", en: "Type or paste names" },
  typedNames: { zh: "姓名", en: "Names" },
  typedNamesHint: {
    zh: "每行一位，或以逗號、頓號分隔；可直接從試算表貼上一欄。",
    en: "One per line, or separated by commas; a column pasted from a spreadsheet works too.",
  },
  typedNamesCount: { zh: "共 {count} 人。", en: "{count} {count:person/people}." },
  namesNotTyped: { zh: "請先輸入至少一個姓名。", en: "Type at least one name first." },
  withAssessment: {
    zh: "加入職能評核（行為指標）、推得的級別與培訓需求",
    en: "Add the assessment (behaviour indicators), derived levels and training needs",
  },
  withAssessmentHint: {
    zh: "另加三張工作表：本人與主管逐項評核行為指標，推得每人在各任務的級別，列出低於角色要求者需要的知識與技能。",
    en: "Three more sheets: self and manager mark each behaviour indicator, each person's level per task is derived, and the knowledge and skills needed where they fall below their role's requirement are listed.",
  },
  ratingSource: { zh: "矩陣的評分", en: "The matrix's ratings" },
  ratingDerived: { zh: "由評核推得", en: "Derived from the assessment" },
  ratingTyped: { zh: "自行輸入", en: "Typed in" },
  chartsHeading: { zh: "矩陣圖表", en: "The matrix in pictures" },
  chartsRadarTitle: { zh: "{name} 的級別與角色要求", en: "{name}'s levels against the role's requirement" },
  chartsRadarDesc: {
    zh: "雷達圖：{name} 在各項目的級別（實線）與其角色要求（虛線）；未評分的項目落在中心。",
    en: "Radar chart: {name}'s level on each unit (solid) and their role's requirement (dashed); units not rated sit at the centre.",
  },
  chartsColumnTitle: { zh: "各項達標人數", en: "People meeting each unit" },
  chartsColumnDesc: {
    zh: "直條圖：每個項目中，可出勤且達到其角色要求的人數。",
    en: "Column chart: for each unit, the available people who meet their role's requirement.",
  },
  chartsPersonLevel: { zh: "此人級別", en: "This person's level" },
  chartsRoleRequired: { zh: "角色要求", en: "Role's requirement" },
  chartsUnit: { zh: "項目", en: "Unit" },
  chartsPeople: { zh: "人數", en: "People" },
  chartsNotRated: { zh: "未評分", en: "not rated" },
  chartsAsTable: { zh: "以表格檢視", en: "Show as a table" },
  chartsNoPerson: {
    zh: "矩陣中尚無姓名，雷達圖需要一位人員（在工作表的「圖表中的人員」選擇）。",
    en: "The matrix has no names yet: the radar chart needs a person (chosen in the sheet's “Person in the chart”).",
  },
  chartsRefresh: { zh: "從活頁簿重新讀取圖表", en: "Read the charts again from the workbook" },
  chartsReadFailed: {
    zh: "無法讀取矩陣的數值：{detail}",
    en: "Could not read the matrix's values: {detail}",
  },
} satisfies Record<string, LocalizedText>;

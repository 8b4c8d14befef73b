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
} satisfies Record<string, LocalizedText>;

import type { Locale } from "../../model";

const LABELS = {
  assessmentSheet: { zh: "職能評核", en: "Assessment" },
  assessmentTitle: { zh: "職能評核（行為指標）", en: "Assessment on the behaviour indicators" },
  assessmentLegend: {
    zh: "每人兩列：本人自評與主管評核。每個行為指標選「達成」或「未達成」；空白表示尚未評核。右側各任務級別：該評核者全數達成之區塊的最高級別（皆未達成為 0；未評核則空白）。",
    en: "Two rows per person: their own (self) marks and their manager's. Mark each behaviour indicator Met or Not met; a blank means not assessed. On the right, each task's level by that rater: the highest level whose indicators are all met (0 when none; blank when not assessed).",
  },
  rater: { zh: "評核者", en: "Rater" },
  self: { zh: "本人", en: "Self" },
  manager: { zh: "主管", en: "Manager" },
  met: { zh: "達成", en: "Met" },
  notMet: { zh: "未達成", en: "Not met" },
  markPrompt: { zh: "達成或未達成？", en: "Met or not met?" },
  level: { zh: "級別", en: "Level" },
  levelsByRater: { zh: "各任務級別（此評核者）", en: "Task levels (this rater)" },
  derivedSheet: { zh: "職能等級", en: "Derived levels" },
  derivedTitle: { zh: "由評核推得的職能級別", en: "Levels derived from the assessment" },
  derivedLegend: {
    zh: "每個行為指標以主管的評核為準，主管未評時採本人自評；任務級別為全數達成之區塊的最高級別（皆未達成為 0；未評核則空白）。「⚠ 不一致」：本人與主管推得的級別不同。",
    en: "Each indicator takes the manager's mark, else the person's own; a task's level is the highest level whose indicators are all met (0 when none; blank when not assessed). “⚠ differs”: the self and manager marks give different levels.",
  },
  differs: { zh: "⚠ 不一致", en: "⚠ differs" },
  selfVsManager: { zh: "本人≠主管", en: "self≠manager" },
  trainingSheet: { zh: "培訓需求", en: "Training needs" },
  trainingTitle: {
    zh: "培訓需求（低於角色要求之任務的知識與技能）",
    en: "Training needs (knowledge and skills of tasks below the role's requirement)",
  },
  trainingLegend: {
    zh: "「低於要求」欄：此人在該任務的級別低於其角色要求為 1（未評分不計）。其後每個知識（K）或技能（S）項目：此人需要時顯示該項目。下方依需要人數排列團隊的培訓需求。",
    en: "A “below” column is 1 where the person's level on the task is under their role's requirement (not rated: not counted). Each knowledge (K) or skill (S) column then shows the item where the person needs it. Below the table, the team's needs ranked by how many people need each item.",
  },
  below: { zh: "低於要求", en: "below" },
  needCount: { zh: "需求項數", en: "Items needed" },
  needList: { zh: "需求清單", en: "Items needed (list)" },
  peopleNeeding: { zh: "需要人數", en: "People who need it" },
  rank: { zh: "名次", en: "Rank" },
  teamRanking: { zh: "團隊培訓需求排名", en: "Team training needs, ranked" },
  item: { zh: "項目", en: "Item" },
  listSeparator: { zh: "、", en: "; " },
} as const;

export type AssessmentLabel = keyof typeof LABELS;

export function assessmentLabel(key: AssessmentLabel, locale: Locale): string {
  return LABELS[key][locale];
}

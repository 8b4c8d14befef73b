import { pick, type Locale, type LocalizedText } from "../model";

/** Every string the layouts write themselves, in both languages. Document text is never translated. */
export const LABELS = {
  titleSuffix: { zh: "職能基準", en: "competency standard" },
  code: { zh: "職能基準代碼", en: "Standard code" },
  name: { zh: "職能基準名稱", en: "Standard name" },
  level: { zh: "基準級別", en: "Benchmark level" },
  version: { zh: "版本", en: "Version" },
  date: { zh: "發展更新日期", en: "Updated" },
  status: { zh: "狀態", en: "Status" },
  category: { zh: "職類別", en: "Job category" },
  categoryCode: { zh: "職類別代碼", en: "Category code" },
  occupation: { zh: "職業別", en: "Occupation" },
  occupationCode: { zh: "職業別代碼", en: "Occupation code" },
  industry: { zh: "行業別", en: "Industry" },
  industryCode: { zh: "行業別代碼", en: "Industry code" },
  description: { zh: "工作描述", en: "Job description" },

  duty: { zh: "主要職責", en: "Duty" },
  task: { zh: "工作任務", en: "Task" },
  outputs: { zh: "工作產出", en: "Outputs" },
  indicators: { zh: "行為指標", en: "Behaviour indicators" },
  competencyLevel: { zh: "職能級別", en: "Level" },
  knowledge: { zh: "知識（K）", en: "Knowledge (K)" },
  skills: { zh: "技能（S）", en: "Skills (S)" },
  attitudes: { zh: "態度（A）", en: "Attitudes (A)" },

  knowledgeSection: { zh: "職能內涵：知識（K）", en: "Knowledge (K)" },
  skillsSection: { zh: "職能內涵：技能（S）", en: "Skills (S)" },
  attitudesSection: { zh: "職能內涵：態度（A）", en: "Attitudes (A)" },
  itemCode: { zh: "代碼", en: "Code" },
  itemName: { zh: "名稱", en: "Name" },
  requiredBy: { zh: "需要此項的工作任務", en: "Required by tasks" },
  attitudeDescription: { zh: "說明", en: "Description" },
  noTask: { zh: "（未見於任何工作任務）", en: "(not required by any task)" },

  historySection: { zh: "版本沿革", en: "Version history" },
  note: { zh: "更新說明", en: "Note" },

  notesSection: { zh: "說明與補充事項", en: "Notes" },
  qualifications: {
    zh: "建議擔任此職類／職業之學歷／經驗／或能力條件",
    en: "Suggested education, experience or abilities",
  },
  otherNotes: { zh: "其他補充說明", en: "Other notes" },
  footnotes: { zh: "註", en: "Footnotes" },

  dataSheet: { zh: "職能資料", en: "Competency data" },
  standardCode: { zh: "職能基準代碼", en: "Standard code" },
  standardName: { zh: "職能基準名稱", en: "Standard name" },
  dutyCode: { zh: "主要職責代碼", en: "Duty code" },
  taskCode: { zh: "工作任務代碼", en: "Task code" },
  kind: { zh: "類別", en: "Kind" },
  kindOutput: { zh: "工作產出", en: "Output" },
  kindIndicator: { zh: "行為指標", en: "Indicator" },
  kindKnowledge: { zh: "知識", en: "Knowledge" },
  kindSkill: { zh: "技能", en: "Skill" },
  kindAttitude: { zh: "態度", en: "Attitude" },
} satisfies Record<string, LocalizedText>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, locale: Locale): string {
  return pick(LABELS[key], locale);
}

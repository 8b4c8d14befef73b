/**
 * The domain model of one 職能基準 (occupational competency standard) document.
 * Texts are kept as the document writes them; only line breaks, full-width letters/digits and
 * footnote markers (【註１】 → 【註1】) are normalised. Codes are canonical (see codes.ts).
 */

/** A name with its official code, e.g. 職類別 資訊科技 / INM. */
export interface Classification {
  name: string;
  code: string;
}

/** One row of the version history (版本 … 發展更新日期). */
export interface VersionEntry {
  /** "V2" */
  version: string;
  /** "INM2521-001v2" */
  code: string;
  name: string;
  /** 狀態, e.g. 最新版本 / 歷史版本 */
  status: string;
  /** 更新說明 */
  note: string;
  /** ISO date "2024-12-15", or "" when the document gives none */
  date: string;
}

/** A coded entry with a name: an output (O), a knowledge item (K) or a skill item (S). */
export interface Item {
  code: string;
  name: string;
  /** Sub-bullets written under the item (•, , -), in order; usually empty. */
  details: string[];
}

/** A behaviour indicator (P): a sentence rather than a name. */
export interface Indicator {
  code: string;
  text: string;
}

export interface Attitude {
  code: string;
  name: string;
  description: string;
}

/**
 * One competency level of a task: a row of the main table. A task may carry several blocks,
 * each with its own level, indicators and K/S lists.
 */
export interface LevelBlock {
  /** 職能級別 1–7, or null when the document gives none (reported as a diagnostic). */
  level: number | null;
  outputs: Item[];
  indicators: Indicator[];
  /** Knowledge codes in document order; names live in Standard.knowledge. */
  knowledge: string[];
  /** Skill codes in document order; names live in Standard.skills. */
  skills: string[];
}

/** 工作任務 T1.1 (工作活動 in older documents). */
export interface Task {
  code: string;
  name: string;
  blocks: LevelBlock[];
}

/** 主要職責 T1 (工作任務 in older documents). */
export interface Duty {
  code: string;
  name: string;
  tasks: Task[];
}

export interface NoteItem {
  text: string;
  /** Indented sub-bullets under the item. */
  subItems: string[];
}

export interface Footnote {
  /** The N of 【註N】 */
  number: number;
  text: string;
}

/** 說明與補充事項 */
export interface Notes {
  /** 建議擔任此職類/職業之學歷/經驗/或能力條件 */
  qualifications: NoteItem[];
  /** 其他補充說明, footnotes excluded */
  other: NoteItem[];
  footnotes: Footnote[];
}

export interface Standard {
  /** Full code with version, "INM2521-001v2". */
  code: string;
  /** 職能基準名稱, e.g. 雲端架構工程人員 */
  name: string;
  /** The document title, e.g. 雲端架構工程人員職能基準 */
  title: string;
  versions: VersionEntry[];
  /** 職能基準名稱 (擇一填寫): the 職類 and 職業 names, one of which is usually empty. */
  nameCategory: string;
  nameOccupation: string;
  /** 職類別 */
  category: Classification;
  /** 職業別 */
  occupation: Classification;
  /** 行業別 */
  industry: Classification;
  /** 工作描述 */
  description: string;
  /** 基準級別 */
  level: number | null;
  duties: Duty[];
  /** Every knowledge item named in the document, in order of first appearance. */
  knowledge: Item[];
  skills: Item[];
  attitudes: Attitude[];
  notes: Notes;
}

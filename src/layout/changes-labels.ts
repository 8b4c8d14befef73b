import { pick, type Locale, type LocalizedText } from "../model";

/** The changes sheet's own strings, in both languages. */
const CHANGES_LABELS = {
  sheet: { zh: "版本比較", en: "Changes" },
  title: { zh: "職能基準版本比較", en: "What changed between two versions" },
  field: { zh: "項目", en: "Field" },
  oldVersion: { zh: "舊版", en: "Old version" },
  newVersion: { zh: "新版", en: "New version" },
  summary: { zh: "變更摘要", en: "Summary" },
  count: { zh: "筆數", en: "Count" },
  total: { zh: "合計", en: "Total" },
  kind: { zh: "類別", en: "Kind" },
  oldCode: { zh: "舊版代碼", en: "Old code" },
  newCode: { zh: "新版代碼", en: "New code" },
  change: { zh: "變更", en: "Change" },
  before: { zh: "變更前", en: "Before" },
  after: { zh: "變更後", en: "After" },
} satisfies Record<string, LocalizedText>;

export type ChangesLabelKey = keyof typeof CHANGES_LABELS;

export function changesLabel(key: ChangesLabelKey, locale: Locale): string {
  return pick(CHANGES_LABELS[key], locale);
}

import { pick, type Locale, type LocalizedText } from "../../model";

const UPGRADE_LABELS = {
  note: {
    zh: "已由 {old} 移至 {new}：評分隨代碼保留；橘色代碼的名稱或級別已變更，評分保留，請複核。",
    en: "Moved from {old} to {new}: ratings follow their units; orange codes changed name or level and kept their ratings: review them.",
  },
  assessmentNote: {
    zh: "已由 {old} 移至 {new}：評核隨行為指標保留；橘色指標的文字或級別已變更，評核保留，請複核。",
    en: "Moved from {old} to {new}: marks follow their indicators; orange indicators changed text or level and kept their marks: review them.",
  },
  archive: { zh: "封存：{old} 中已刪除的項目", en: "Archive: units removed since {old}" },
} satisfies Record<string, LocalizedText>;

export function upgradeLabel(
  key: keyof typeof UPGRADE_LABELS,
  locale: Locale,
  vars: Record<string, string>,
): string {
  return pick(UPGRADE_LABELS[key], locale).replace(
    /\{(\w+)\}/g,
    (whole, name: string) => vars[name] ?? whole,
  );
}

import type { LocalizedText } from "../../model";

/** Strings of the pane's accessibility and layout fixes (issue 12). */
export const SURFACES_STRINGS = {
  kindsHint: {
    zh: "可複選；都不選時搜尋全部類別。",
    en: "Pick any; with none picked, every kind is searched.",
  },
  dismissPreviewNotice: { zh: "關閉預覽模式說明", en: "Close the preview-mode notice" },
} satisfies Record<string, LocalizedText>;

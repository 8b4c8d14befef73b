/** A user-visible string in both of the product's languages; each shell picks one. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = "zh" | "en";

export function pick(text: LocalizedText, locale: Locale): string {
  return locale === "en" ? text.en : text.zh;
}

/** A BCP 47 language tag ("zh-TW", "en-US", "zh-Hant") → the user's language: zh* → zh, else en. */
export function localeFromTag(tag: string | null | undefined): Locale {
  return /^zh\b/i.test(tag ?? "") ? "zh" : "en";
}

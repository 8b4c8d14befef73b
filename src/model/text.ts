/** A user-visible string in both of the product's languages; each shell picks one. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = "zh" | "en";

export function pick(text: LocalizedText, locale: Locale): string {
  return locale === "en" ? text.en : text.zh;
}

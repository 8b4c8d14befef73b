import type { Locale } from "../../model";

/** A BCP 47 language tag ("zh-TW", "en-US", "zh-Hant") → the pane's language: zh* → zh, else en. */
export function localeFromTag(tag: string | null | undefined): Locale {
  return /^zh\b/i.test(tag ?? "") ? "zh" : "en";
}

/** The value of the page's `lang` attribute for a locale. */
export function htmlLang(locale: Locale): string {
  return locale === "zh" ? "zh-Hant-TW" : "en";
}

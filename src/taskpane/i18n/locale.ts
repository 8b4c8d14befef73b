import type { Locale } from "../../model";

/** The value of the page's `lang` attribute for a locale. */
export function htmlLang(locale: Locale): string {
  return locale === "zh" ? "zh-Hant-TW" : "en";
}

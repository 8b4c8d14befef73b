import { createContext, useContext, useLayoutEffect, useMemo, type ReactNode } from "react";
import type { Locale } from "../../model";
import { format, type Vars } from "./format";
import { htmlLang } from "./locale";
import type { StringKey } from "./strings";

export type Translate = (key: StringKey, vars?: Vars) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: "zh", t: (key, vars) => format(key, "zh", vars) });

/**
 * Gives the pane its language and keeps the page's `lang` in step, for screen readers: set in the
 * commit that shows the text (a layout effect), so no reader ever meets English text marked Chinese.
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ locale, t: (key, vars) => format(key, locale, vars) }), [locale]);
  useLayoutEffect(() => {
    document.documentElement.lang = htmlLang(locale);
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

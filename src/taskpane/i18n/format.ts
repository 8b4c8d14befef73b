import { pick, type Locale } from "../../model";
import { STRINGS, type StringKey } from "./strings";

export type Vars = Record<string, string | number>;

const PLURAL_RULES: Record<Locale, Intl.PluralRules> = {
  zh: new Intl.PluralRules("zh-TW"),
  en: new Intl.PluralRules("en"),
};

/**
 * The string `key` in `locale`, with each `{name}` replaced by `vars[name]` and each
 * `{name:one/other}` by the word form Intl.PluralRules chooses for the number `vars[name]`
 * ("Read {count} {count:name/names}." → "Read 1 name.").
 */
export function format(key: StringKey, locale: Locale, vars: Vars = {}): string {
  return pick(STRINGS[key], locale)
    .replace(/\{(\w+):([^/{}]*)\/([^/{}]*)\}/g, (whole, name: string, one: string, other: string) => {
      const count = vars[name];
      if (typeof count !== "number") return whole;
      return PLURAL_RULES[locale].select(count) === "one" ? one : other;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

import { pick, type Locale } from "../../model";
import { STRINGS, type StringKey } from "./strings";

export type Vars = Record<string, string | number>;

/** The string `key` in `locale`, with each `{name}` replaced by `vars[name]`. */
export function format(key: StringKey, locale: Locale, vars: Vars = {}): string {
  return pick(STRINGS[key], locale).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

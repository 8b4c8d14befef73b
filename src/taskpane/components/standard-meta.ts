import type { Standard } from "../../model";
import type { Translate } from "../i18n/context";
import { dateOf, versionOf } from "../standard-facts";

/** "INM2521-001v2 · 基準級別 4 · V2 · 2024-12-15": the line under a standard's name. */
export function standardMeta(standard: Standard, t: Translate): string {
  return [
    standard.code,
    standard.level === null ? t("levelUnknown") : t("benchmarkLevel", { level: standard.level }),
    versionOf(standard),
    dateOf(standard) || t("noDate"),
  ]
    .filter((part) => part !== "")
    .join(" · ");
}

import type { StandardIndex } from "../../catalog";
import type { Translate } from "../i18n/context";

/** "INM2521-001v2 · 基準級別 4 · V2 · 2024-12-15": the line under a standard's name. */
export function standardMeta(index: StandardIndex, t: Translate): string {
  const { standard } = index;
  return [
    standard.code,
    standard.level === null ? t("levelUnknown") : t("benchmarkLevel", { level: standard.level }),
    index.versionLabel(),
    index.currentVersion()?.date || t("noDate"),
  ]
    .filter((part) => part !== "")
    .join(" · ");
}

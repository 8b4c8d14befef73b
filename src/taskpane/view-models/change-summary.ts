import { CHANGE_KINDS, changeName, countChanges, type Change } from "../../compare";
import { pick } from "../../model";
import type { I18n } from "../i18n/context";

/** "共 3 項變更：新增 1、更名 2", or the no-change sentence. */
export function changeSummary(changes: readonly Change[], { t, locale }: I18n): string {
  if (changes.length === 0) return t("noChanges");
  const counts = countChanges(changes);
  const parts = CHANGE_KINDS.filter((kind) => counts[kind] > 0)
    .map((kind) => t("changePart", { change: pick(changeName(kind), locale), count: counts[kind] }))
    .join(t("listSeparator"));
  return t("changeSummary", { count: changes.length, parts });
}

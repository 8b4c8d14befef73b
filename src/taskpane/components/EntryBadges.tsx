import type { StandardSource } from "../../catalog";
import { useI18n } from "../i18n/context";
import type { StringKey } from "../i18n/strings";
import { Pill } from "./Pill";

export const SOURCE_LABEL: Record<StandardSource, StringKey> = {
  bundled: "sourceBundled",
  imported: "sourceImported",
  workbook: "sourceWorkbook",
};

/** Where a standard came from, and whether it is the workbook's default. */
export function EntryBadges({ source, isDefault }: { source: StandardSource; isDefault: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Pill tone={source === "bundled" ? "neutral" : "success"}>{t(SOURCE_LABEL[source])}</Pill>
      {isDefault && <Pill tone="brand">{t("defaultBadge")}</Pill>}
    </>
  );
}

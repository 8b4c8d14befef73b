import { Badge } from "@fluentui/react-components";
import type { StandardSource } from "../../catalog";
import { useI18n } from "../i18n/context";
import type { StringKey } from "../i18n/strings";

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
      <Badge appearance="tint" color={source === "bundled" ? "informative" : "success"}>
        {t(SOURCE_LABEL[source])}
      </Badge>
      {isDefault && (
        <Badge appearance="tint" color="brand">
          {t("defaultBadge")}
        </Badge>
      )}
    </>
  );
}

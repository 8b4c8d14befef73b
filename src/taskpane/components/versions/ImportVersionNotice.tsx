import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo } from "react";
import { StandardIndex, type CatalogEntry } from "../../../catalog";
import { compareStandards } from "../../../compare";
import type { Standard } from "../../../model";
import { useI18n } from "../../i18n/context";
import { changeSummary } from "../../view-models/change-summary";
import { previousVersion, referenceSwitch } from "../../view-models/versions";

/**
 * At import, a standard of which another version is loaded: what changed between them, and a
 * warning when formulas naming the code without a version will switch to the imported one.
 */
export function ImportVersionNotice({
  standard,
  entries,
}: {
  standard: Standard;
  entries: readonly CatalogEntry[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const notice = useMemo(() => {
    const previous = previousVersion(standard, entries);
    if (!previous) return null;
    const incoming = new StandardIndex(standard);
    const newer = (incoming.version ?? 0) >= (previous.index.version ?? 0);
    const { changes } = newer
      ? compareStandards(previous.index, incoming)
      : compareStandards(incoming, previous.index);
    const others = entries.filter((e) => e.index.base === incoming.base && e.standard.code !== standard.code);
    return {
      codes: others.map((e) => e.standard.code).join(t("listSeparator")),
      code: previous.standard.code,
      changes,
      switched: referenceSwitch(standard, entries),
    };
  }, [standard, entries, t]);
  if (!notice) return null;
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t("otherVersionsLoaded", {
            codes: notice.codes,
            code: notice.code,
            summary: changeSummary(notice.changes, i18n),
          })}
        </MessageBarBody>
      </MessageBar>
      {notice.switched && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("referencesSwitch", {
              base: notice.switched.base,
              to: notice.switched.to.code,
              from: notice.switched.from.standard.code,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

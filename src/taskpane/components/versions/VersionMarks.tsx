import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/context";
import type { VersionStatus } from "../../view-models/versions";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, display: "block" },
});

/** Newest / superseded / out-of-date marks of one loaded version, as badges. */
export function VersionBadges({ status }: { status: VersionStatus }) {
  const { t } = useI18n();
  return (
    <>
      {status.newest && (
        <Badge appearance="filled" color="success">
          {t("newestBadge")}
        </Badge>
      )}
      {status.supersededBy && (
        <Badge appearance="tint" color="warning">
          {t("supersededBadge")}
        </Badge>
      )}
      {status.olderWorkbookCopy && (
        <Badge appearance="tint" color="danger">
          {t("olderCopyBadge")}
        </Badge>
      )}
      {status.overdueSince && (
        <Badge appearance="tint" color="danger">
          {t("overdueBadge")}
        </Badge>
      )}
    </>
  );
}

/** What the marks mean and what to do about them, one line each. */
export function VersionHints({ code, status }: { code: string; status: VersionStatus }) {
  const styles = useStyles();
  const { t } = useI18n();
  const newer = status.supersededBy?.standard.code ?? "";
  return (
    <>
      {status.olderWorkbookCopy ? (
        <Caption1 className={styles.hint}>{t("olderCopyHint", { code, newer })}</Caption1>
      ) : (
        status.supersededBy && (
          <Caption1 className={styles.hint}>{t("supersededBy", { code: newer })}</Caption1>
        )
      )}
      {status.overdueSince && (
        <Caption1 className={styles.hint}>{t("overdueHint", { date: status.overdueSince })}</Caption1>
      )}
    </>
  );
}

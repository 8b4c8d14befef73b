import { Badge, Caption1, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import type { VersionStatus } from "../../view-models/versions";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, display: "block" },
});

/** Each mark: when a version has it, and how its badge looks. */
const BADGES: readonly {
  shows: (status: VersionStatus) => boolean;
  appearance: BadgeProps["appearance"];
  color: BadgeProps["color"];
  label: StringKey;
}[] = [
  { shows: (s) => s.newest, appearance: "filled", color: "success", label: "newestBadge" },
  { shows: (s) => s.supersededBy !== null, appearance: "tint", color: "warning", label: "supersededBadge" },
  { shows: (s) => s.olderWorkbookCopy, appearance: "tint", color: "danger", label: "olderCopyBadge" },
  { shows: (s) => Boolean(s.overdueSince), appearance: "tint", color: "danger", label: "overdueBadge" },
];

/** Newest / superseded / out-of-date marks of one loaded version, as badges. */
export function VersionBadges({ status }: { status: VersionStatus }) {
  const { t } = useI18n();
  return (
    <>
      {BADGES.filter((badge) => badge.shows(status)).map(({ appearance, color, label }) => (
        <Badge key={label} appearance={appearance} color={color}>
          {t(label)}
        </Badge>
      ))}
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

import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { plainList } from "../style-blocks";
import { useId } from "react";
import { pick, type Diagnostic, type Severity } from "../../../model";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";

const SEVERITY: Record<Severity, { label: StringKey; tone: BadgeProps["color"] }> = {
  error: { label: "severityError", tone: "danger" },
  warning: { label: "severityWarning", tone: "warning" },
  info: { label: "severityInfo", tone: "informative" },
};

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: plainList(tokens.spacingVerticalXS),
  item: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalXS },
  line: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  message: { overflowWrap: "anywhere", flexBasis: "100%" },
});

/** The problems the parser or validator found: severity, line and message. */
export function DiagnosticList({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const id = useId();
  const count = (severity: Severity): number => diagnostics.filter((d) => d.severity === severity).length;
  return (
    <section aria-labelledby={id}>
      <h4 id={id} className={styles.heading}>
        {t("diagnosticsHeading")}
      </h4>
      <p>
        {diagnostics.length === 0
          ? t("diagnosticsNone")
          : t("diagnosticsSummary", {
              errors: count("error"),
              warnings: count("warning"),
              infos: count("info"),
            })}
      </p>
      {diagnostics.length > 0 && (
        <ul className={styles.list}>
          {diagnostics.map((diagnostic, i) => (
            <li key={i} className={styles.item}>
              <Badge appearance="tint" color={SEVERITY[diagnostic.severity].tone}>
                {t(SEVERITY[diagnostic.severity].label)}
              </Badge>
              <span className={styles.line}>
                {diagnostic.page === undefined
                  ? t("lineNumber", { line: diagnostic.line })
                  : t("pageLineNumber", { page: diagnostic.page, line: diagnostic.line })}
              </span>
              <span className={styles.message}>{pick(diagnostic.message, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

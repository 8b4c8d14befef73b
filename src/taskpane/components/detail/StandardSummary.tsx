import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StandardIndex } from "../../../catalog";
import type { Classification } from "../../../model";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import { CopyCode } from "../CopyCode";
import { useDetailStyles } from "./detail-styles";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(5em, max-content) 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    alignItems: "baseline",
  },
  row: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

function classification(c: Classification): string {
  return c.code ? `${c.name}（${c.code}）` : c.name;
}

/** The header block: code, level, version, date, classification and job description. */
export function StandardSummary({ index }: { index: StandardIndex }) {
  const { standard } = index;
  const styles = useStyles();
  const detail = useDetailStyles();
  const { t } = useI18n();
  const rows: [StringKey, string][] = [
    ["versionLabel", index.versionLabel()],
    ["dateLabel", index.currentVersion()?.date || t("noDate")],
    ["fieldCategory", classification(standard.category)],
    ["fieldOccupation", classification(standard.occupation)],
    ["fieldIndustry", classification(standard.industry)],
    ["fieldDescription", standard.description],
  ];
  return (
    <dl className={mergeClasses(styles.facts, detail.target)} data-target="section:summary" tabIndex={-1}>
      <div className={styles.row}>
        <dt className={styles.term}>{t("codeLabel")}</dt>
        <dd className={styles.value}>
          <CopyCode code={standard.code} />
        </dd>
      </div>
      {rows
        .filter(([, value]) => value !== "")
        .map(([key, value]) => (
          <div key={key} className={styles.row}>
            <dt className={styles.term}>{t(key)}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

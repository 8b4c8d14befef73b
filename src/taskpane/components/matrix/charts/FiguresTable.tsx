import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/context";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: "2px 6px" },
  },
});

export interface FiguresRow {
  /** The row's header cell, also its key: a unit. */
  label: string;
  values: readonly ReactNode[];
}

/** A chart's figures as a table behind a "show as table" disclosure: one row per unit. */
export function FiguresTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly FiguresRow[];
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <details>
      <summary>{t("chartsAsTable")}</summary>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, values }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {values.map((value, i) => (
                <td key={i}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

import { Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import type { Attitude } from "../../../model";
import { useI18n } from "../../i18n/context";
import { CopyCode } from "../CopyCode";
import { useDetailStyles } from "./detail-styles";

/** The standard's attitudes (A), which belong to no task. */
export function AttitudeList({ attitudes }: { attitudes: Attitude[] }) {
  const styles = useDetailStyles();
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {t("attitudesHeading")}
      </Subtitle2>
      {attitudes.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className={styles.list}>
          {attitudes.map((attitude) => (
            <li
              key={attitude.code}
              className={styles.line}
              data-target={`code:${attitude.code}`}
              tabIndex={-1}
            >
              <CopyCode code={attitude.code} />
              <span className={styles.lineText}>
                <strong>{attitude.name}</strong>
                {attitude.description && `：${attitude.description}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

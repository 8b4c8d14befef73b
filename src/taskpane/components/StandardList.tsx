import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { CatalogEntry } from "../../catalog";
import { useI18n } from "../i18n/context";
import { useCardStyles } from "./card-styles";
import { EntryBadges } from "./EntryBadges";
import { standardMeta } from "../view-models/standard-meta";

interface StandardListProps {
  entries: readonly CatalogEntry[];
  defaultCode: string | null;
  level: number | null;
  onOpen(code: string): void;
}

/** The loaded standards: code, name, benchmark level, version and date, and where each came from. */
export function StandardList({ entries, defaultCode, level, onOpen }: StandardListProps) {
  const styles = useCardStyles();
  const { t } = useI18n();
  const empty = level === null ? t("listEmpty") : t("listEmptyAtLevel", { level });
  return (
    <section aria-labelledby="standard-list-heading">
      <Subtitle2 as="h2" id="standard-list-heading">
        {t("listHeading")}
      </Subtitle2>{" "}
      <Caption1>{t("listCount", { count: entries.length })}</Caption1>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className={styles.list}>
          {entries.map(({ standard, source, index }) => (
            <li key={standard.code}>
              <button
                type="button"
                className={styles.card}
                data-open={standard.code}
                onClick={() => onOpen(standard.code)}
              >
                <span className={styles.title}>{standard.name || standard.title}</span>
                <span className={styles.meta}>{standardMeta(index, t)}</span>
                <span className={styles.badges}>
                  <EntryBadges source={source} isDefault={standard.code === defaultCode} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { Badge, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { column } from "./style-blocks";
import { hitLocation } from "../view-models/hit-location";
import { useI18n } from "../i18n/context";
import { limitHits, type StandardHits } from "../view-models/search-model";
import { useCardStyles } from "./card-styles";
import { Highlighted } from "./Highlighted";
import { standardMeta } from "../view-models/standard-meta";

/** More than this many hits are not shown: the query is too broad to read them all. */
export const MAX_SHOWN_HITS = 200;

const useStyles = makeStyles({
  group: column(tokens.spacingVerticalS),
  groups: column(tokens.spacingVerticalL),
  heading: { margin: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  text: { overflowWrap: "anywhere" },
});

interface SearchResultsProps {
  query: string;
  groups: StandardHits[];
  filtered: boolean;
  onOpen(code: string, target: string | null): void;
}

/** Hits grouped by standard; each says what matched and where, and opens the standard there. */
export function SearchResults({ query, groups, filtered, onOpen }: SearchResultsProps) {
  const card = useCardStyles();
  const styles = useStyles();
  const { t } = useI18n();
  const total = groups.reduce((sum, group) => sum + group.hits.length, 0);
  const shown = limitHits(groups, MAX_SHOWN_HITS);

  return (
    <section aria-labelledby="search-results-heading">
      <Subtitle2 as="h2" id="search-results-heading">
        {t("resultsHeading")}
      </Subtitle2>
      <p role="status">
        {total === 0
          ? t(filtered ? "resultsNoneFiltered" : "resultsNone", { query })
          : t("resultsCount", { query, count: total, standards: groups.length })}
        {total > MAX_SHOWN_HITS && ` ${t("resultsTruncated", { shown: MAX_SHOWN_HITS })}`}
      </p>
      <div className={styles.groups}>
        {shown.map(({ entry: { standard, index }, hits, total: matches }) => (
          <section key={standard.code} className={styles.group} aria-label={standard.name}>
            <h3 className={styles.heading}>
              <button
                type="button"
                className={card.card}
                data-open={standard.code}
                onClick={() => onOpen(standard.code, null)}
              >
                <span className={card.title}>{standard.name || standard.title}</span>
                <span className={card.meta}>
                  {standardMeta(index, t)} · {t("standardMatches", { count: matches })}
                </span>
              </button>
            </h3>
            <ul className={card.list}>
              {hits.map((hit, i) => {
                const where = hitLocation(hit, t);
                return (
                  <li key={`${hit.kind}:${hit.code}:${i}`}>
                    <button
                      type="button"
                      className={card.card}
                      onClick={() => onOpen(standard.code, where.target)}
                    >
                      <span className={styles.line}>
                        <Badge appearance="tint" color="brand">
                          {where.label}
                        </Badge>
                        {where.code && <span className={styles.code}>{where.code}</span>}
                      </span>
                      <span className={styles.text}>
                        <Highlighted text={hit.text} query={query} />
                      </span>
                      {where.where && <Caption1 className={card.meta}>{where.where}</Caption1>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

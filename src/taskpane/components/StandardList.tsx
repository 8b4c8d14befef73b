import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { BranchCompareRegular } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { CatalogEntry } from "../../catalog";
import { useI18n } from "../i18n/context";
import { standardMeta } from "../view-models/standard-meta";
import { versionGroups, versionStatus, type VersionGroup } from "../view-models/versions";
import { useCardStyles } from "./card-styles";
import { EntryBadges } from "./EntryBadges";
import { column } from "./style-blocks";
import { VersionBadges, VersionHints } from "./versions/VersionMarks";

const useStyles = makeStyles({
  group: {
    ...column(tokens.spacingVerticalS),
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  groupHead: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400 },
  note: { color: tokens.colorNeutralForeground3 },
});

interface StandardListProps {
  entries: readonly CatalogEntry[];
  defaultCode: string | null;
  level: number | null;
  /** The date the out-of-date marks are measured from (ISO). */
  today: string;
  onOpen(code: string): void;
  onCompare(older: string, newer: string): void;
}

/**
 * The loaded standards: code, name, benchmark level, version and date, and where each came from.
 * Versions of one code are grouped, newest first, marked newest and superseded, with the code
 * formulas resolve to and a way to compare them.
 */
export function StandardList({ entries, defaultCode, level, today, onOpen, onCompare }: StandardListProps) {
  const cards = useCardStyles();
  const { t } = useI18n();
  const empty = level === null ? t("listEmpty") : t("listEmptyAtLevel", { level });

  const card = (entry: CatalogEntry, group: VersionGroup) => {
    const { standard, source, index } = entry;
    const status = versionStatus(entry, group, today);
    return (
      <li key={standard.code}>
        <button
          type="button"
          className={cards.card}
          data-open={standard.code}
          onClick={() => onOpen(standard.code)}
        >
          <span className={cards.title}>{standard.name || standard.title}</span>
          <span className={cards.meta}>{standardMeta(index, t)}</span>
          <span className={cards.badges}>
            <VersionBadges status={status} />
            <EntryBadges source={source} isDefault={standard.code === defaultCode} />
          </span>
          <VersionHints code={standard.code} status={status} />
        </button>
      </li>
    );
  };

  return (
    <section aria-labelledby="standard-list-heading">
      <Subtitle2 as="h2" id="standard-list-heading">
        {t("listHeading")}
      </Subtitle2>{" "}
      <Caption1>{t("listCount", { count: entries.length })}</Caption1>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className={cards.list}>
          {versionGroups(entries).map((group) =>
            group.entries.length === 1 ? (
              card(group.entries[0]!, group)
            ) : (
              <VersionGroupItem key={group.base} group={group} card={card} onCompare={onCompare} />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

interface VersionGroupItemProps {
  group: VersionGroup;
  card(entry: CatalogEntry, group: VersionGroup): ReactElement;
  onCompare(older: string, newer: string): void;
}

/** Several versions of one code under one heading, newest first. */
function VersionGroupItem({ group, card, onCompare }: VersionGroupItemProps) {
  const styles = useStyles();
  const cards = useCardStyles();
  const { t } = useI18n();
  const [newest, previous] = group.entries as [CatalogEntry, CatalogEntry];
  const name = newest.standard.name || newest.standard.title;
  const headingId = `versions-${group.base}`;
  return (
    <li>
      <section className={styles.group} aria-labelledby={headingId}>
        <div className={styles.groupHead}>
          <h3 id={headingId} className={styles.groupTitle}>
            {t("versionsOf", { name })}
          </h3>
          <Caption1>{t("versionCount", { count: group.entries.length })}</Caption1>
        </div>
        <Caption1 className={styles.note}>
          {t("referencesResolve", { base: group.base, code: newest.standard.code })}
        </Caption1>
        <div>
          <Button
            size="small"
            icon={<BranchCompareRegular />}
            onClick={() => onCompare(previous.standard.code, newest.standard.code)}
          >
            {t("compareVersions")}
          </Button>
        </div>
        <ul className={cards.list}>{group.entries.map((entry) => card(entry, group))}</ul>
      </section>
    </li>
  );
}

import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { column } from "../style-blocks";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { BranchCompareRegular } from "@fluentui/react-icons";
import type { CatalogEntry } from "../../../catalog";
import { versionGroups, versionStatus } from "../../view-models/versions";
import { VersionBadges, VersionHints } from "../versions/VersionMarks";
import type { TaskpaneActions } from "../../actions/actions";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useI18n } from "../../i18n/context";
import { EntryBadges } from "../EntryBadges";
import { ActionPanel } from "./ActionPanel";
import { AttitudeList } from "./AttitudeList";
import { useDetailStyles } from "./detail-styles";
import { DutyList } from "./DutyList";
import { FormulaPanel } from "./FormulaPanel";
import { NotesView } from "./NotesView";
import { StandardSummary } from "./StandardSummary";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalXL),
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  title: { ...typographyStyles.title3, margin: 0, overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface StandardDetailProps {
  entry: CatalogEntry;
  /** Every loaded standard: the other versions of this one's code are among them. */
  entries: readonly CatalogEntry[];
  onCompare(older: string, newer: string): void;
  defaultCode: string | null;
  hasBundledCopy: boolean;
  /** `code:K08` or `section:notes`: brought into view and focused on opening. */
  target: string | null;
  actions: TaskpaneActions;
  runner: ActionRunner;
  onBack(): void;
  onRemoved(code: string): void;
}

/** One standard in full: header, actions, duties → tasks → level blocks, attitudes and notes. */
export function StandardDetail(props: StandardDetailProps) {
  const { entry, defaultCode, target, onBack } = props;
  const styles = useStyles();
  const detail = useDetailStyles();
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { standard } = entry;
  const group = versionGroups(props.entries).find((g) => g.base === entry.index.base);
  const status = group ? versionStatus(entry, group, new Date().toISOString().slice(0, 10)) : null;
  // Compared with the newest other version: this one against a newer, or an older against this one.
  const other = group?.entries.find((e) => e !== entry);

  // Opening a standard moves focus into it: to the search hit, or to its name.
  useEffect(() => {
    const found = target ? root.current?.querySelector<HTMLElement>(`[data-target="${target}"]`) : null;
    if (found) {
      found.scrollIntoView?.({ block: "center" });
      found.focus({ preventScroll: true });
    } else {
      heading.current?.focus();
    }
  }, [standard.code, target]);

  return (
    <article ref={root} className={styles.root} aria-labelledby="standard-detail-title">
      <div className={styles.header}>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {t("back")}
        </Button>
        <h2
          id="standard-detail-title"
          ref={heading}
          tabIndex={-1}
          className={mergeClasses(styles.title, detail.target)}
        >
          {standard.name || standard.title}
        </h2>
        <div className={styles.badges}>
          <Badge appearance="tint" color="brand">
            {standard.level === null ? t("levelUnknown") : t("benchmarkLevel", { level: standard.level })}
          </Badge>
          <EntryBadges source={entry.source} isDefault={standard.code === defaultCode} />
          {status && <VersionBadges status={status} />}
        </div>
        {status && <VersionHints code={standard.code} status={status} />}
        {other && (
          <Button
            icon={<BranchCompareRegular />}
            onClick={() =>
              (other.index.version ?? 0) > (entry.index.version ?? 0)
                ? props.onCompare(standard.code, other.standard.code)
                : props.onCompare(other.standard.code, standard.code)
            }
          >
            {t("compareVersions")}
          </Button>
        )}
        <StandardSummary index={entry.index} />
      </div>
      <ActionPanel
        entry={entry}
        isDefault={standard.code === defaultCode}
        hasBundledCopy={props.hasBundledCopy}
        actions={props.actions}
        runner={props.runner}
        onRemoved={props.onRemoved}
      />
      <FormulaPanel entry={entry} defaultCode={defaultCode} actions={props.actions} runner={props.runner} />
      <DutyList index={entry.index} />
      <AttitudeList attitudes={standard.attitudes} />
      <NotesView notes={standard.notes} />
    </article>
  );
}

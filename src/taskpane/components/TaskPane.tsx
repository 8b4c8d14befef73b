import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { column } from "./style-blocks";
import { Suspense, useEffect, useRef, useState } from "react";
import type { WorkbookSession } from "../../excel/workbook-session";
import type { Locale, Standard } from "../../model";
import type { TaskpaneActions } from "../actions/actions";
import { useActionRunner } from "../hooks/useActionRunner";
import { useSession } from "../hooks/useSession";
import { useI18n } from "../i18n/context";
import type { BrowseFilters } from "../view-models/search-model";
import { AppHeader } from "./AppHeader";
import { BrowseView } from "./BrowseView";
import { CompareView, ImportView, MatrixView, StandardDetail } from "./lazy-views";
import { PreviewNotice, WorkbookWarnings } from "./Notices";
import { StatusArea } from "./StatusArea";
import { WorkbookFormulas } from "./WorkbookFormulas";
import { versionGroups } from "../view-models/versions";

const useStyles = makeStyles({
  root: {
    ...column(tokens.spacingVerticalM),
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "960px",
    margin: "0 auto",
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

const TABS = ["browse", "matrix", "import"] as const;
type PaneTab = (typeof TABS)[number];

function isPaneTab(value: unknown): value is PaneTab {
  return TABS.some((tab) => tab === value);
}

interface Opened {
  code: string;
  target: string | null;
}

export interface TaskPaneProps {
  session: WorkbookSession;
  actions: TaskpaneActions;
  onLocaleChange?: (locale: Locale) => void;
}

/** The pane: header, notices, the browse and import views, and the status of actions. */
export function TaskPane({ session, actions, onLocaleChange }: TaskPaneProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const snapshot = useSession(session);
  const runner = useActionRunner();
  const [tab, setTab] = useState<PaneTab>("browse");
  const [filters, setFilters] = useState<BrowseFilters>({ query: "", level: null, kinds: new Set() });
  const [opened, setOpened] = useState<Opened | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ older: string; newer: string } | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  const entry = opened ? snapshot.entries.find((e) => e.standard.code === opened.code) : undefined;
  const compared = comparing
    ? versionGroups(snapshot.entries).find((g) => g.entries.some((e) => e.standard.code === comparing.newer))
    : undefined;

  // Back in the list, focus returns to the standard that was open.
  useEffect(() => {
    if (entry || returnTo === null) return;
    panel.current?.querySelector<HTMLElement>(`[data-open="${returnTo}"]`)?.focus();
  }, [entry, returnTo]);

  const leaveDetail = (): void => {
    setReturnTo(opened?.code ?? null);
    setOpened(null);
  };

  // Moving elsewhere puts away the last action's message: it spoke of what was on screen.
  const back = (): void => {
    runner.dismiss();
    leaveDetail();
  };

  const open = (code: string, target: string | null): void => {
    runner.dismiss();
    setOpened({ code, target });
  };

  const onImported = (standards: Standard[]): void => {
    setTab("browse");
    const first = standards[0];
    setOpened(first ? { code: first.code, target: null } : null);
  };

  const compareVersions = (older: string, newer: string): void => {
    runner.dismiss();
    setComparing({ older, newer });
  };

  const onRemoved = (code: string): void => {
    if (!session.catalog.get(code)) leaveDetail();
  };

  return (
    <main className={styles.root}>
      <AppHeader onLocaleChange={onLocaleChange} />
      {actions.mode === "preview" && <PreviewNotice />}
      {/* Outside Excel there is no workbook, so nothing to warn about reading one. */}
      {actions.mode === "excel" && <WorkbookWarnings warnings={snapshot.warnings} />}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        aria-label={t("sections")}
        onTabSelect={(_event, data) => {
          runner.dismiss();
          if (isPaneTab(data.value)) setTab(data.value);
        }}
      >
        <Tab id="tab-browse" value="browse" aria-controls="panel">
          {t("tabBrowse")}
        </Tab>
        <Tab id="tab-matrix" value="matrix" aria-controls="panel">
          {t("tabMatrix")}
        </Tab>
        <Tab id="tab-import" value="import" aria-controls="panel">
          {t("tabImport")}
        </Tab>
      </TabList>
      <StatusArea runner={runner} />
      <div id="panel" ref={panel} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <Suspense fallback={<Spinner size="small" label={t("loadingView")} />}>
          {tab === "import" ? (
            <ImportView
              entries={snapshot.entries}
              actions={actions}
              runner={runner}
              onImported={onImported}
            />
          ) : tab === "matrix" ? (
            <MatrixView
              entries={snapshot.entries}
              defaultCode={snapshot.defaultCode}
              actions={actions}
              runner={runner}
            />
          ) : comparing && compared && compared.entries.length > 1 ? (
            <CompareView
              versions={compared.entries}
              older={comparing.older}
              newer={comparing.newer}
              actions={actions}
              runner={runner}
              onBack={() => {
                runner.dismiss();
                setComparing(null);
              }}
            />
          ) : entry && opened ? (
            <StandardDetail
              key={entry.standard.code}
              entry={entry}
              entries={snapshot.entries}
              onCompare={compareVersions}
              defaultCode={snapshot.defaultCode}
              hasBundledCopy={session.catalog.sourcesOf(entry.standard.code).includes("bundled")}
              target={opened.target}
              actions={actions}
              runner={runner}
              onBack={back}
              onRemoved={onRemoved}
            />
          ) : (
            <>
              {actions.mode === "excel" && <WorkbookFormulas actions={actions} runner={runner} />}
              <BrowseView
                catalog={session.catalog}
                entries={snapshot.entries}
                defaultCode={snapshot.defaultCode}
                filters={filters}
                onFiltersChange={setFilters}
                onOpen={open}
                onCompare={compareVersions}
              />
            </>
          )}
        </Suspense>
      </div>
    </main>
  );
}

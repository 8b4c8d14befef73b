import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, StarOffRegular, StarRegular, TableAddRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { pick } from "../../../model";
import type { CatalogEntry } from "../../../catalog";
import type { TaskpaneActions } from "../../actions/actions";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useI18n } from "../../i18n/context";
import { sheetPlanFor, type SheetKind } from "../../view-models/sheet-plans";
import { sheetDoneStatus, sheetFailedStatus } from "../../view-models/sheet-status";
import { useDetailStyles } from "./detail-styles";
import { RemoveControl } from "./RemoveControl";

const useStyles = makeStyles({
  // Each button as wide as its label, wrapping to the next line as a whole (a 220 px grid cell
  // broke "（.xlsx）" onto a line of its own at 800 px); keep-all breaks a label that must wrap
  // before "（.xlsx）", not inside a run of Chinese.
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    "& > button": { wordBreak: "keep-all" },
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface ActionPanelProps {
  entry: CatalogEntry;
  isDefault: boolean;
  /** A bundled standard with the same code takes this one's place when it is removed. */
  hasBundledCopy: boolean;
  actions: TaskpaneActions;
  runner: ActionRunner;
  onRemoved(code: string): void;
}

/** What can be done with the open standard: insert (or download) sheets, make it the default, remove it. */
export function ActionPanel(props: ActionPanelProps) {
  const { entry, isDefault, hasBundledCopy, actions, runner, onRemoved } = props;
  const styles = useStyles();
  const detail = useDetailStyles();
  const { t, locale } = useI18n();
  const id = useId();
  const { standard } = entry;
  const inExcel = actions.mode === "excel";
  const busy = runner.busy !== null;
  const unchanged = inExcel ? t("workbookUnchanged") : undefined;

  const insert = (kind: SheetKind): void => {
    void runner.run({
      progress: t(inExcel ? "progressInsert" : "progressDownload"),
      perform: async () => actions.insertSheet(await sheetPlanFor(kind, standard, locale)),
      done: (outcome) => sheetDoneStatus(outcome, t),
      failed: (reason) => sheetFailedStatus(reason, inExcel, t),
    });
  };

  const toggleDefault = async (): Promise<void> => {
    if (actions.mode !== "excel") return;
    const next = isDefault ? null : standard.code;
    await runner.run({
      progress: t("progressDefault"),
      perform: () => actions.setDefaultStandard(next),
      done: (result) =>
        !result.ok
          ? {
              intent: "error",
              text: t("failDefault", { detail: pick(result.error.message, locale) }),
              detail: unchanged,
            }
          : next === null
            ? { intent: "success", text: t("doneClearDefault") }
            : { intent: "success", text: t("doneDefault", { code: next }) },
      failed: (reason) => ({
        intent: "error",
        text: t("failDefault", { detail: reason }),
        detail: unchanged,
      }),
    });
  };

  const remove = async (): Promise<void> => {
    const removed = await runner.run({
      progress: t("progressRemove"),
      perform: () => actions.removeStandard(standard.code),
      done: () => ({ intent: "success", text: t("doneRemove", { code: standard.code }) }),
      failed: (reason) => ({ intent: "error", text: t("failRemove", { detail: reason }), detail: unchanged }),
    });
    if (removed) onRemoved(standard.code);
  };

  return (
    <section aria-labelledby={id} className={detail.section}>
      <Subtitle2 as="h3" id={id} className={detail.heading}>
        {t(inExcel ? "actionsHeading" : "downloadsHeading")}
      </Subtitle2>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={inExcel ? <TableAddRegular /> : <ArrowDownloadRegular />}
          disabledFocusable={busy}
          onClick={() => insert("standard")}
        >
          {t(inExcel ? "insertSheet" : "downloadSheet")}
        </Button>
        <Button
          icon={inExcel ? <TableAddRegular /> : <ArrowDownloadRegular />}
          disabledFocusable={busy}
          onClick={() => insert("data")}
        >
          {t(inExcel ? "insertDataSheet" : "downloadDataSheet")}
        </Button>
        {inExcel && (
          <Button
            icon={isDefault ? <StarOffRegular /> : <StarRegular />}
            disabledFocusable={busy}
            onClick={() => void toggleDefault()}
          >
            {t(isDefault ? "clearDefault" : "setDefault")}
          </Button>
        )}
      </div>
      {inExcel && <Caption1 className={styles.hint}>{t("defaultHint")}</Caption1>}
      {entry.source !== "bundled" && (
        <RemoveControl
          entry={entry}
          restoresBundled={hasBundledCopy}
          busy={busy}
          onRemove={() => void remove()}
        />
      )}
    </section>
  );
}

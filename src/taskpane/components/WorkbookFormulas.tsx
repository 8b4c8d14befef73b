import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ExcelPaneActions } from "../actions/actions";
import type { ActionRunner } from "../hooks/useActionRunner";
import { useI18n } from "../i18n/context";
import { column } from "./style-blocks";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** One scan per workbook (per actions object): the pane mounts this view again on every return to the list. */
const brokenCounts = new WeakMap<ExcelPaneActions, Promise<number>>();

function brokenCount(actions: ExcelPaneActions): Promise<number> {
  let count = brokenCounts.get(actions);
  if (!count) {
    count = actions.countBrokenFormulas();
    brokenCounts.set(actions, count);
  }
  return count;
}

interface WorkbookFormulasProps {
  actions: ExcelPaneActions;
  runner: ActionRunner;
}

/**
 * Sharing the workbook with people without the add-in: make its COMPETENCY formulas portable or
 * restore them; and, when the workbook holds formulas saved in a broken form, how many and a repair.
 */
export function WorkbookFormulas({ actions, runner }: WorkbookFormulasProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const [broken, setBroken] = useState(0);

  useEffect(() => {
    let current = true;
    // A workbook that cannot be read just shows no repair: the other actions say why they fail.
    brokenCount(actions).then(
      (count) => current && setBroken(count),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [actions]);

  const failed = (key: "failPortable" | "failRestore" | "failRepair") => (detail: string) => ({
    intent: "error" as const,
    text: t(key, { detail }),
    detail: t("workbookUnchanged"),
  });

  const makePortable = () =>
    runner.run({
      progress: t("makingPortable"),
      perform: () => actions.makePortable(locale),
      done: (outcome) =>
        outcome.cells === 0
          ? { intent: "info", text: t("nothingPortable") }
          : {
              intent: "success",
              text: t("madePortable", {
                cells: outcome.cells,
                sheets: outcome.sheets.join(locale === "zh" ? "、" : ", "),
              }),
            },
      failed: failed("failPortable"),
    });

  const restore = () =>
    runner.run({
      progress: t("restoring"),
      perform: () => actions.restoreFormulas(),
      done: ({ restored, kept }) => ({
        intent: kept > 0 ? "warning" : "success",
        text: t("restored", { restored }),
        ...(kept > 0 ? { detail: t("restoredKept", { kept }) } : {}),
      }),
      failed: failed("failRestore"),
    });

  const repair = async () => {
    const done = await runner.run({
      progress: t("repairing"),
      perform: () => actions.repairFormulas(),
      done: (count) => ({ intent: "success", text: t("repaired", { count }) }),
      failed: failed("failRepair"),
    });
    if (!done) return;
    brokenCounts.set(actions, Promise.resolve(0));
    setBroken(0);
  };

  return (
    <section className={styles.root} aria-labelledby="sharing-heading">
      {broken > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("brokenTitle")}</MessageBarTitle>
            {t("brokenBody", { count: broken })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabledFocusable={runner.busy !== null}
              onClick={() => void repair()}
            >
              {t("repairFormulas")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text id="sharing-heading" weight="semibold">
        {t("sharingHeading")}
      </Text>
      <Text size={200} className={styles.hint}>
        {t("sharingHint")}
      </Text>
      <div className={styles.buttons}>
        <Button disabledFocusable={runner.busy !== null} onClick={() => void makePortable()}>
          {t("makePortable")}
        </Button>
        <Button disabledFocusable={runner.busy !== null} onClick={() => void restore()}>
          {t("restoreFormulas")}
        </Button>
      </div>
    </section>
  );
}

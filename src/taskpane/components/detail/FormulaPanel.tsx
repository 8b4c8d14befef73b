import {
  Button,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
  useAnnounce,
} from "@fluentui/react-components";
import { CopyRegular, MathFormulaRegular } from "@fluentui/react-icons";
import { Fragment, useId, useState } from "react";
import type { CatalogEntry } from "../../../catalog";
import type { TaskpaneActions } from "../../actions/actions";
import { TASK_FUNCTIONS, taskFormula, type TaskFunction } from "../../view-models/formula";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useClipboard } from "../../hooks/useClipboard";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import { useDetailStyles } from "./detail-styles";

const FUNCTION_LABEL: Record<TaskFunction, StringKey> = {
  KNOWLEDGE: "fnKnowledge",
  SKILLS: "fnSkills",
  OUTPUTS: "fnOutputs",
  INDICATORS: "fnIndicators",
  LEVEL: "fnLevel",
};

const useStyles = makeStyles({
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  formula: {
    display: "block",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
  },
  // A piece of the formula up to and including a "(" or ",": the formula wraps between pieces,
  // never inside a code ("IIS3512-001v1" would break at its hyphen).
  piece: { whiteSpace: "nowrap" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface FormulaPanelProps {
  entry: CatalogEntry;
  defaultCode: string | null;
  actions: TaskpaneActions;
  runner: ActionRunner;
}

/** Builds a COMPETENCY formula for one task and inserts it at the active cell (or copies it). */
export function FormulaPanel({ entry, defaultCode, actions, runner }: FormulaPanelProps) {
  const styles = useStyles();
  const detail = useDetailStyles();
  const { t } = useI18n();
  const id = useId();
  const copy = useClipboard();
  const { announce } = useAnnounce();
  const tasks = entry.index.tasks();
  const [task, setTask] = useState(tasks[0]?.task.code ?? "");
  const [fn, setFn] = useState<TaskFunction>("KNOWLEDGE");
  if (tasks.length === 0) return null;
  const formula = taskFormula(fn, task, entry.standard.code, defaultCode);

  const insert = (): void => {
    if (actions.mode !== "excel") return;
    void runner.run({
      progress: t("progressFormula"),
      perform: () => actions.insertFormula(formula),
      done: (result) =>
        result.ok
          ? { intent: "success", text: t("doneFormula", { cell: result.cell }) }
          : {
              intent: "error",
              text: t("cellNotEmpty", { cell: result.cell }),
              detail: t("workbookUnchanged"),
            },
      failed: (reason) => ({
        intent: "error",
        text: t("failFormula", { detail: reason }),
        detail: t("workbookUnchanged"),
      }),
    });
  };

  const copyFormula = async (): Promise<void> => {
    const done = await copy(formula);
    announce(done ? t("formulaCopied", { formula }) : t("copyFailed"), { alert: !done });
  };

  return (
    <section aria-labelledby={id} className={detail.section}>
      <Subtitle2 as="h3" id={id} className={detail.heading}>
        {t("formulaHeading")}
      </Subtitle2>
      <div className={styles.fields}>
        <Field label={t("formulaTask")}>
          <Select value={task} onChange={(_event, data) => setTask(data.value)}>
            {tasks.map(({ task: { code, name } }) => (
              <option key={code} value={code}>
                {code} {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("formulaFunction")}>
          <Select value={fn} onChange={(_event, data) => setFn(data.value as TaskFunction)}>
            {TASK_FUNCTIONS.map((name) => (
              <option key={name} value={name}>
                {t(FUNCTION_LABEL[name])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div>
        <p className={detail.label} id={`${id}-formula`}>
          {t(actions.mode === "excel" ? "formulaToInsert" : "formulaToCopy")}
        </p>
        <code className={styles.formula} aria-labelledby={`${id}-formula`}>
          {formula.split(/(?<=[(,])/).map((piece, i) => (
            <Fragment key={i}>
              {i > 0 && <wbr />}
              <span className={styles.piece}>{piece}</span>
            </Fragment>
          ))}
        </code>
      </div>
      <div className={styles.buttons}>
        {actions.mode === "excel" && (
          <Button
            appearance="primary"
            icon={<MathFormulaRegular />}
            disabledFocusable={runner.busy !== null}
            onClick={insert}
          >
            {t("insertFormula")}
          </Button>
        )}
        <Button icon={<CopyRegular />} onClick={() => void copyFormula()}>
          {t("copyFormula")}
        </Button>
      </div>
    </section>
  );
}

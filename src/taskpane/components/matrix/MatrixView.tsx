import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { column } from "../style-blocks";
import { ArrowDownloadRegular, TableAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CatalogEntry } from "../../../catalog";
import { DEFAULT_SCALES, type UnitKind } from "../../../layout/staffing-matrix";
import { pick } from "../../../model";
import type { SheetOutcome, TaskpaneActions } from "../../actions/actions";
import { afterPaint } from "../../startup/after-paint";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import { matrixPlan, wholeNumber, type MatrixChoices } from "../../view-models/matrix-plan";
import { sheetDoneStatus, sheetFailedStatus } from "../../view-models/sheet-status";
import { PeopleChoice, type NamesRead, type PeopleSource } from "./PeopleChoice";
import { ScaleFields, type ScaleText } from "./ScaleFields";
import { StandardChoice } from "./StandardChoice";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalL),
  heading: { margin: 0 },
  intro: { margin: 0, textWrap: "pretty" },
  // keep-all: a narrow pane breaks the label before "（.xlsx）", not inside a run of Chinese or it.
  insert: { alignSelf: "flex-start", wordBreak: "keep-all" },
});

const DEFAULT_PEOPLE = "10";

type MatrixOutcome = SheetOutcome | { kind: "refused"; text: string };

function scaleText(units: UnitKind): ScaleText {
  const { min, max } = DEFAULT_SCALES[units];
  return { min: String(min), max: String(max) };
}

/** Chosen until the user ticks a box: the workbook's default standard (also when it is read later), or the only one loaded. */
function initialChoice(entries: readonly CatalogEntry[], defaultCode: string | null): ReadonlySet<string> {
  if (defaultCode !== null) return new Set([defaultCode]);
  return new Set(entries.length === 1 ? [entries[0]!.standard.code] : []);
}

interface MatrixViewProps {
  entries: readonly CatalogEntry[];
  defaultCode: string | null;
  actions: TaskpaneActions;
  runner: ActionRunner;
}

/** Standards (roles) × units × people × scale → a staffing-matrix sheet, inserted or downloaded. */
export function MatrixView({ entries, defaultCode, actions, runner }: MatrixViewProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const chosen = picked ?? initialChoice(entries, defaultCode);
  const [units, setUnits] = useState<UnitKind>("tasks");
  const [scale, setScale] = useState(() => scaleText("tasks"));
  const [source, setSource] = useState<PeopleSource>("rows");
  const [count, setCount] = useState(DEFAULT_PEOPLE);
  const [names, setNames] = useState<NamesRead | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const inExcel = actions.mode === "excel";
  const standards = entries.map((e) => e.standard).filter((s) => chosen.has(s.code));
  // A role whose standard was unticked falls back to the first chosen one.
  const startRole = standards.some((s) => s.code === role) ? role : null;

  /** A change to the form: a refusal still showing was about the form as it was, so it goes. */
  const edited =
    <T,>(apply: (value: T) => void) =>
    (value: T) => {
      if (runner.status?.intent === "error") runner.dismiss();
      apply(value);
    };

  const chooseUnits = edited((next: UnitKind): void => {
    setUnits(next);
    setScale(scaleText(next));
  });

  /** The form's values as numbers, or what to fix first. */
  const readChoices = (): MatrixChoices | StringKey => {
    const min = wholeNumber(scale.min);
    const max = wholeNumber(scale.max);
    // null: a field that is not a whole number; undefined: no names read yet.
    const people = source === "rows" ? wholeNumber(count) : names?.names;
    if (min === null || max === null || people === null) return "fixFields";
    if (people === undefined) return "namesNotRead";
    return { standards, units, people, role: startRole, scale: { min, max } };
  };

  const insert = (): void => {
    void runner.run({
      progress: t(inExcel ? "progressInsert" : "progressDownload"),
      perform: async (): Promise<MatrixOutcome> => {
        const choices = readChoices();
        if (typeof choices === "string") return { kind: "refused", text: t(choices) };
        await afterPaint();
        const plan = await matrixPlan(choices, locale);
        if (!plan.ok) return { kind: "refused", text: pick(plan.error.message, locale) };
        return actions.insertSheet(plan.value);
      },
      done: (outcome) =>
        outcome.kind === "refused" ? { intent: "error", text: outcome.text } : sheetDoneStatus(outcome, t),
      failed: (reason) => sheetFailedStatus(reason, inExcel, t),
    });
  };

  return (
    <section aria-labelledby="matrix-heading" className={styles.root}>
      <Subtitle2 as="h2" id="matrix-heading" className={styles.heading}>
        {t("matrixHeading")}
      </Subtitle2>
      <p className={styles.intro}>{t("matrixIntro")}</p>
      <StandardChoice entries={entries} chosen={chosen} onChange={edited(setPicked)} />
      {standards.length > 1 && (
        <Field label={t("matrixRole")} hint={t("matrixRoleHint")}>
          <Select
            value={startRole ?? standards[0]!.code}
            onChange={(_event, data) => edited(setRole)(data.value)}
          >
            {standards.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name} ({s.code})
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("matrixUnits")}>
        <RadioGroup
          value={units}
          onChange={(_event, data) => chooseUnits(data.value === "ks" ? "ks" : "tasks")}
        >
          <Radio value="tasks" label={t("unitsTasks")} />
          <Radio value="ks" label={t("unitsKs")} />
        </RadioGroup>
      </Field>
      <PeopleChoice
        actions={actions}
        runner={runner}
        source={source}
        onSourceChange={edited(setSource)}
        count={count}
        onCountChange={edited(setCount)}
        names={names}
        onNamesRead={setNames}
      />
      <ScaleFields scale={scale} onChange={edited(setScale)} />
      <Button
        className={styles.insert}
        appearance="primary"
        icon={inExcel ? <TableAddRegular /> : <ArrowDownloadRegular />}
        disabledFocusable={runner.busy !== null}
        onClick={insert}
      >
        {t(inExcel ? "insertMatrix" : "downloadMatrix")}
      </Button>
    </section>
  );
}

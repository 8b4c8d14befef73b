import {
  Button,
  Checkbox,
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
import { rangeAddress } from "../../../layout/a1";
import type { SheetPlan } from "../../../layout/sheet-plan";
import { DEFAULT_SCALES, type UnitKind } from "../../../layout/staffing-matrix";
import { pick } from "../../../model";
import type { SheetOutcome, TaskpaneActions } from "../../actions/actions";
import { afterPaint } from "../../startup/after-paint";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import type { RatingSource } from "../../../layout/assessment";
import { matrixPlans, typedNames, wholeNumber, type MatrixChoices } from "../../view-models/matrix-plan";
import { sheetDoneStatus, sheetFailedStatus } from "../../view-models/sheet-status";
import { MatrixCharts, type ChartSource } from "./charts/MatrixCharts";
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

/** The charts of a matrix just made: read back from its sheet in Excel, worked out from the plan otherwise. */
async function chartSource(matrix: SheetPlan, outcome: SheetOutcome): Promise<ChartSource> {
  const { chartArea, chartDataFromPlan, matrixShape } = await import(
    /* webpackChunkName: "matrix-layout" */ "../../../layout/staffing-matrix"
  );
  const { roleCount, unitCount } = matrixShape(matrix);
  if (outcome.kind === "downloaded")
    return { kind: "data", data: chartDataFromPlan(matrix, roleCount, unitCount) };
  const { bottom, right } = chartArea(roleCount, unitCount);
  const address = rangeAddress({ top: 0, left: 0, bottom, right });
  return { kind: "sheet", sheet: outcome.sheet, address, roleCount, unitCount };
}

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
  const [typed, setTyped] = useState("");
  const [assess, setAssess] = useState(false);
  const [rating, setRating] = useState<RatingSource>("derived");
  const [charts, setCharts] = useState<ChartSource | null>(null);
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
    const people =
      source === "rows" ? wholeNumber(count) : source === "typed" ? typedNames(typed) : names?.names;
    if (min === null || max === null || people === null) return "fixFields";
    if (people === undefined) return "namesNotRead";
    if (Array.isArray(people) && people.length === 0) return "namesNotTyped";
    return {
      standards,
      units,
      people,
      role: startRole,
      scale: { min, max },
      assessment: assess && units === "tasks" ? rating : null,
    };
  };

  const insert = (): void => {
    void runner.run({
      progress: t(inExcel ? "progressInsert" : "progressDownload"),
      perform: async (): Promise<MatrixOutcome> => {
        const choices = readChoices();
        if (typeof choices === "string") return { kind: "refused", text: t(choices) };
        await afterPaint();
        // Sheets that refer to each other are named against the workbook's before insertion.
        const taken = choices.assessment === null ? [] : await actions.sheetNames();
        const plans = await matrixPlans(choices, locale, taken);
        if (!plans.ok) return { kind: "refused", text: pick(plans.error.message, locale) };
        const [only, ...more] = plans.value;
        const outcome =
          more.length === 0 && only
            ? await actions.insertSheet(only)
            : await actions.insertSheets(plans.value);
        setCharts(await chartSource(plans.value[0]!, outcome));
        return outcome;
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
        typed={typed}
        onTypedChange={setTyped}
      />
      <ScaleFields scale={scale} onChange={edited(setScale)} />
      {units === "tasks" && (
        <Field hint={t("withAssessmentHint")}>
          <Checkbox
            checked={assess}
            onChange={(_event, data) => edited(setAssess)(data.checked === true)}
            label={t("withAssessment")}
          />
        </Field>
      )}
      {units === "tasks" && assess && (
        <Field label={t("ratingSource")}>
          <RadioGroup
            value={rating}
            onChange={(_event, data) => edited(setRating)(data.value === "typed" ? "typed" : "derived")}
          >
            <Radio value="derived" label={t("ratingDerived")} />
            <Radio value="typed" label={t("ratingTyped")} />
          </RadioGroup>
        </Field>
      )}
      <Button
        className={styles.insert}
        appearance="primary"
        icon={inExcel ? <TableAddRegular /> : <ArrowDownloadRegular />}
        disabledFocusable={runner.busy !== null}
        onClick={insert}
      >
        {t(inExcel ? "insertMatrix" : "downloadMatrix")}
      </Button>
      {charts && <MatrixCharts source={charts} actions={actions} />}
    </section>
  );
}

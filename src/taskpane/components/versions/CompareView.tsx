import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  ArrowLeftRegular,
  ArrowSyncRegular,
  TableAddRegular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CatalogEntry } from "../../../catalog";
import type { UpgradeSummary } from "../../../layout/staffing-matrix";
import { changeRow, compareEntries } from "../../../compare";
import { pick } from "../../../model";
import type { TaskpaneActions } from "../../actions/actions";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import { changeSummary } from "../../view-models/change-summary";
import { changesPlanFor } from "../../view-models/sheet-plans";
import { sheetDoneStatus, sheetFailedStatus } from "../../view-models/sheet-status";
import { column } from "../style-blocks";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  title: { ...typographyStyles.title3, margin: 0 },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "start",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    // Kind, codes and change stay on one line; the texts take the remaining width.
    "& th:nth-child(-n+4), & td:nth-child(-n+4)": { whiteSpace: "nowrap" },
    "& th:nth-child(n+5)": { width: "50%" },
  },
  scroll: { overflowX: "auto" },
  move: column(tokens.spacingVerticalXS),
  hint: { color: tokens.colorNeutralForeground3 },
});

/** How many units (or indicators) each part of a move's summary names. */
function counts(summary: UpgradeSummary): Record<string, number> {
  return Object.fromEntries(
    Object.entries(summary).map(([k, codes]: [string, string[]]) => [k, codes.length]),
  );
}

const COLUMNS: StringKey[] = [
  "columnKind",
  "columnOldCode",
  "columnNewCode",
  "columnChange",
  "columnBefore",
  "columnAfter",
];

export interface CompareViewProps {
  /** Every loaded version of the code, newest first. */
  versions: readonly CatalogEntry[];
  older: string;
  newer: string;
  actions: TaskpaneActions;
  runner: ActionRunner;
  onBack(): void;
}

/** Two loaded versions of one code side by side: what changed, and the changes sheet to insert. */
export function CompareView({ versions, older, newer, actions, runner, onBack }: CompareViewProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const heading = useRef<HTMLHeadingElement>(null);
  const [codes, setCodes] = useState({ older, newer });
  const from = versions.find((v) => v.standard.code === codes.older) ?? versions.at(-1)!;
  const to = versions.find((v) => v.standard.code === codes.newer) ?? versions[0]!;
  const { changes } = useMemo(() => compareEntries(from, to), [from, to]);
  const inExcel = actions.mode === "excel";

  useEffect(() => heading.current?.focus(), []);

  const move = (): void => {
    if (actions.mode !== "excel") return;
    void runner.run({
      progress: t("progressMoveMatrix"),
      perform: () => actions.moveMatrix(to.standard.code, locale),
      done: (result) =>
        result.ok
          ? {
              intent: "success",
              text: [
                t("doneMoveMatrix", {
                  sheet: result.value.sheet,
                  from: result.value.from,
                  to: to.standard.code,
                  ...counts(result.value.summary),
                }),
                ...(result.value.assessment
                  ? [
                      t("doneMoveAssessment", {
                        sheet: result.value.assessment.sheet,
                        ...counts(result.value.assessment.indicators),
                      }),
                    ]
                  : []),
              ].join(locale === "zh" ? "" : " "),
            }
          : {
              intent: "error",
              text: t("failMoveMatrix", { detail: pick(result.error.message, locale) }),
              detail: t("workbookUnchanged"),
            },
      failed: (reason) => ({
        intent: "error",
        text: t("failMoveMatrix", { detail: reason }),
        detail: t("workbookUnchanged"),
      }),
    });
  };

  const insert = (): void => {
    void runner.run({
      progress: t(inExcel ? "progressInsert" : "progressDownload"),
      perform: async () =>
        actions.insertSheet(await changesPlanFor(from.standard, to.standard, changes, locale)),
      done: (outcome) => sheetDoneStatus(outcome, t),
      failed: (reason) => sheetFailedStatus(reason, inExcel, t),
    });
  };

  const choice = (label: StringKey, value: string, key: "older" | "newer") => (
    <Field label={t(label)}>
      <Select value={value} onChange={(_event, data) => setCodes({ ...codes, [key]: data.value })}>
        {versions.map((v) => (
          <option key={v.standard.code} value={v.standard.code}>
            {v.standard.code}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <article className={styles.root} aria-labelledby="compare-title">
      <div>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {t("back")}
        </Button>
      </div>
      <h2 id="compare-title" ref={heading} tabIndex={-1} className={styles.title}>
        {t("compareHeading", { name: to.standard.name || to.standard.title })}
      </h2>
      <div className={styles.choices}>
        {choice("compareOld", from.standard.code, "older")}
        {choice("compareNew", to.standard.code, "newer")}
      </div>
      <p aria-live="polite" data-summary="">
        {changeSummary(changes, i18n)}
      </p>
      <div>
        <Button
          appearance="primary"
          icon={inExcel ? <TableAddRegular /> : <ArrowDownloadRegular />}
          disabledFocusable={runner.busy !== null}
          onClick={insert}
        >
          {t(inExcel ? "insertChangesSheet" : "downloadChangesSheet")}
        </Button>
      </div>
      {inExcel && (
        <div className={styles.move}>
          <div>
            <Button icon={<ArrowSyncRegular />} disabledFocusable={runner.busy !== null} onClick={move}>
              {t("moveMatrix", { code: to.standard.code })}
            </Button>
          </div>
          <Caption1 className={styles.hint}>
            {t("moveMatrixHint")}
            {locale === "zh" ? "" : " "}
            {t("moveAssessmentHint")}
          </Caption1>
        </div>
      )}
      {changes.length > 0 && (
        <div className={styles.scroll}>
          <table className={styles.table} aria-label={t("changesTable")}>
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th key={key} scope="col">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {changes.map((change, i) => (
                <tr key={i}>
                  {changeRow(change, locale).map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

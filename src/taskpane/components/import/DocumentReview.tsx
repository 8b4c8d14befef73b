import {
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import { StandardIndex, type CatalogEntry, type LoadedDocument } from "../../../catalog";
import { useI18n, type Translate } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import { importBlocker, replacementLoss, type Loss, type Review } from "../../view-models/import-review";
import { SOURCE_LABEL } from "../EntryBadges";
import { standardMeta } from "../../view-models/standard-meta";
import { column } from "../style-blocks";
import { DiagnosticList } from "./DiagnosticList";
import { ImportVersionNotice } from "../versions/ImportVersionNotice";

const useStyles = makeStyles({
  root: {
    ...column(tokens.spacingVerticalS),
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  source: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: "anywhere" },
  standard: column(tokens.spacingVerticalXXS),
  name: { margin: 0, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

const FORMAT_LABEL: Record<LoadedDocument["format"], StringKey> = {
  text: "formatText",
  json: "formatJson",
  pdf: "formatPdf",
  odt: "formatOdt",
  docx: "formatDocx",
};

/** The losses of all the document's standards, each kind's codes listed. */
function lossText(loss: Loss, t: Translate): string {
  const parts: [StringKey, string[]][] = [
    ["lostTasks", loss.tasks],
    ["lostKnowledge", loss.knowledge],
    ["lostSkills", loss.skills],
    ["lostAttitudes", loss.attitudes],
  ];
  return parts
    .filter(([, codes]) => codes.length > 0)
    .map(([key, codes]) => t(key, { codes: codes.join(t("listSeparator")) }))
    .join(t("listSeparator"));
}

interface DocumentReviewProps {
  review: Review;
  entries: readonly CatalogEntry[];
  /** Several documents were read: each gets a tick box of its own. */
  several: boolean;
  onChange(review: Review): void;
}

/** What one document was read as: its standard, counts, replacement, diagnostics and whether it can go in. */
export function DocumentReview({ review, entries, several, onChange }: DocumentReviewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const id = useId();
  const { loaded } = review;
  const blocker = importBlocker(loaded);
  const losses = loaded.standards.map((s) => replacementLoss(s, entries)).filter((l) => l !== null);
  return (
    <article aria-labelledby={id} className={styles.root}>
      <p id={id} className={styles.source}>
        {review.source || t("pastedText")}
      </p>
      <Caption1>{t(FORMAT_LABEL[loaded.format])}</Caption1>
      {loaded.standards.map((standard, i) => {
        const replaced = entries.find((e) => e.standard.code === standard.code);
        const index = new StandardIndex(standard);
        return (
          <div key={`${standard.code}:${i}`} className={styles.standard}>
            <h4 className={styles.name}>{standard.name || standard.title || t("noCode")}</h4>
            <span className={styles.meta}>{standard.code ? standardMeta(index, t) : t("noCode")}</span>
            <span>{t("counts", { ...index.counts })}</span>
            {replaced && (
              <span>{t("replaces", { code: standard.code, source: t(SOURCE_LABEL[replaced.source]) })}</span>
            )}
            <ImportVersionNotice standard={standard} entries={entries} />
          </div>
        );
      })}
      <DiagnosticList diagnostics={loaded.diagnostics} />
      {blocker ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(blocker)}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {losses.map((loss) => (
            <MessageBar key={loss.code} intent="warning" layout="multiline">
              <MessageBarBody>
                {t("lossWarning", { code: loss.code, lost: lossText(loss, t) })}
              </MessageBarBody>
            </MessageBar>
          ))}
          {losses.length > 0 && (
            <Checkbox
              label={t("acceptLoss")}
              checked={review.lossAccepted}
              onChange={(_event, data) => onChange({ ...review, lossAccepted: data.checked === true })}
            />
          )}
          {several && (
            <Checkbox
              label={t("chooseDocument")}
              checked={review.chosen}
              onChange={(_event, data) => onChange({ ...review, chosen: data.checked === true })}
            />
          )}
        </>
      )}
    </article>
  );
}

import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowImportRegular } from "@fluentui/react-icons";
import { useId, type Ref } from "react";
import type { CatalogEntry } from "../../../catalog";
import { useI18n } from "../../i18n/context";
import { importBlocker, willImport, type Review } from "../../view-models/import-review";
import { column } from "../style-blocks";
import { DocumentReview } from "./DocumentReview";

const useStyles = makeStyles({
  root: {
    ...column(tokens.spacingVerticalM),
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface ImportPreviewProps {
  reviews: Review[];
  entries: readonly CatalogEntry[];
  inExcel: boolean;
  busy: boolean;
  onChange(review: Review): void;
  onConfirm(): void;
  onCancel(): void;
  /** Focus moves here once the documents have been read. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** What each document was read as, and its diagnostics, before anything is saved; then the chosen ones go in. */
export function ImportPreview(props: ImportPreviewProps) {
  const { reviews, entries, inExcel, busy, onChange, onConfirm, onCancel, headingRef } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const id = useId();
  const importable = reviews.filter((r) => willImport(r, entries));
  return (
    <section aria-labelledby={id} className={styles.root}>
      <h3 id={id} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("parsedHeading")}
      </h3>
      {reviews.map((review) => (
        <DocumentReview
          key={review.id}
          review={review}
          entries={entries}
          several={reviews.length > 1}
          onChange={onChange}
        />
      ))}
      {importable.length > 0 ? (
        <Caption1 className={styles.hint}>{t(inExcel ? "importExcelHint" : "importPreviewHint")}</Caption1>
      ) : (
        // Each blocked document says why; otherwise something is waiting for a tick.
        reviews.some((r) => !importBlocker(r.loaded)) && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("noneChosen")}</MessageBarBody>
          </MessageBar>
        )
      )}
      <div className={styles.buttons}>
        {importable.length > 0 && (
          <Button
            appearance="primary"
            icon={<ArrowImportRegular />}
            disabledFocusable={busy}
            onClick={onConfirm}
          >
            {t(inExcel ? "confirmImportExcel" : "confirmImportPreview")}
          </Button>
        )}
        <Button onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </section>
  );
}

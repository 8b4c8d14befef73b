import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { column } from "../style-blocks";
import { ArrowImportRegular } from "@fluentui/react-icons";
import { useId, type Ref } from "react";
import { StandardIndex, type CatalogEntry, type LoadedDocument } from "../../../catalog";
import { hasErrors, parseStandardCode } from "../../../model";
import { useI18n } from "../../i18n/context";
import type { StringKey } from "../../i18n/strings";
import { SOURCE_LABEL } from "../EntryBadges";
import { standardMeta } from "../standard-meta";
import { DiagnosticList } from "./DiagnosticList";

const useStyles = makeStyles({
  root: {
    ...column(tokens.spacingVerticalM),
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  standard: column(tokens.spacingVerticalXXS),
  name: { margin: 0, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Why a document cannot be imported, or null when it can. */
export function importBlocker(loaded: LoadedDocument): StringKey | null {
  if (loaded.standards.length === 0) return "noStandardFound";
  if (hasErrors(loaded.diagnostics)) return "blockedByErrors";
  if (loaded.standards.some((s) => parseStandardCode(s.code) === null)) return "blockedByCode";
  return null;
}

interface ImportPreviewProps {
  loaded: LoadedDocument;
  entries: readonly CatalogEntry[];
  inExcel: boolean;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Focus moves here once a document has been read. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** What a document was read as, and its diagnostics, before anything is saved. */
export function ImportPreview(props: ImportPreviewProps) {
  const { loaded, entries, inExcel, busy, onConfirm, onCancel, headingRef } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const id = useId();
  const blocker = importBlocker(loaded);
  return (
    <section aria-labelledby={id} className={styles.root}>
      <h3 id={id} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("parsedHeading")}
      </h3>
      <Caption1>{t(loaded.format === "json" ? "formatJson" : "formatText")}</Caption1>
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
          </div>
        );
      })}
      <DiagnosticList diagnostics={loaded.diagnostics} />
      {blocker ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(blocker)}</MessageBarBody>
        </MessageBar>
      ) : (
        <Caption1 className={styles.hint}>{t(inExcel ? "importExcelHint" : "importPreviewHint")}</Caption1>
      )}
      <div className={styles.buttons}>
        {!blocker && (
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

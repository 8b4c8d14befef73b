import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  ProgressBar,
  shorthands,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, DocumentSearchRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type DragEvent } from "react";
import type { CatalogEntry, LoadedDocument } from "../../../catalog";
import type { Standard } from "../../../model";
import type { TaskpaneActions } from "../../actions/actions";
import { readDocumentFile, readPastedText, type DocumentFile } from "../../actions/read-documents";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useI18n } from "../../i18n/context";
import { importBlocker, willImport, type Review } from "../../view-models/import-review";
import { column } from "../style-blocks";
import { ImportPreview } from "./ImportPreview";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  heading: { margin: 0 },
  text: { fontFamily: tokens.fontFamilyMonospace },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  drop: {
    ...column(tokens.spacingVerticalS),
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropping: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** The file types the readers take; the format itself is told from the bytes. */
const ACCEPTED = [
  ".pdf",
  ".odt",
  ".docx",
  ".txt",
  ".json",
  "application/pdf",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "text/plain",
  "application/json",
].join(",");

interface Progress {
  done: number;
  total: number;
  file: string;
}

interface ImportViewProps {
  entries: readonly CatalogEntry[];
  actions: TaskpaneActions;
  runner: ActionRunner;
  onImported(standards: Standard[]): void;
}

function reviewOf(id: number, source: string, loaded: LoadedDocument): Review {
  return { id, source, loaded, chosen: importBlocker(loaded) === null, lossAccepted: false };
}

/** Paste, pick or drop documents → see what was read from each and its problems → store the chosen ones. */
export function ImportView({ entries, actions, runner, onImported }: ImportViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const reviewIds = useRef(0);
  const inExcel = actions.mode === "excel";

  useEffect(() => {
    if (reviews.length > 0) previewHeading.current?.focus();
  }, [reviews.length]);

  const checkText = async (): Promise<void> => {
    if (text.trim() === "") {
      setReviews([]);
      setNote({ text: t("emptyDocument"), error: true });
      return;
    }
    setReviews([reviewOf(reviewIds.current++, "", await readPastedText(text))]);
  };

  const readFiles = async (files: readonly DocumentFile[]): Promise<void> => {
    if (files.length === 0 || progress) return;
    setReviews([]);
    setNote(null);
    const read: Review[] = [];
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length, file: file.name });
      try {
        read.push(reviewOf(reviewIds.current++, file.name, await readDocumentFile(file)));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        setNote({ text: t("fileFailed", { detail }), error: true });
      }
    }
    setProgress(null);
    setReviews(read);
    if (read.length > 0) {
      setNote({
        text:
          read.length === 1
            ? t("fileRead", { file: read[0]!.source })
            : t("filesRead", { count: read.length }),
        error: false,
      });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDropping(false);
    void readFiles([...event.dataTransfer.files]);
  };

  const clear = (): void => {
    setText("");
    setNote(null);
    setReviews([]);
  };

  const confirm = async (): Promise<void> => {
    const standards = reviews.filter((r) => willImport(r, entries)).flatMap((r) => r.loaded.standards);
    if (standards.length === 0) return;
    const names = standards.map((s) => `${s.code} ${s.name}`).join(t("listSeparator"));
    const imported = await runner.run({
      progress: t("progressImport"),
      perform: async () => {
        for (const standard of standards) await actions.storeStandard(standard);
      },
      done: () => ({
        intent: "success",
        text: t(inExcel ? "doneImportExcel" : "doneImportPreview", { names }),
      }),
      failed: (reason) => ({ intent: "error", text: t("failImport", { detail: reason }) }),
    });
    if (imported) onImported(standards);
  };

  return (
    <section aria-labelledby="import-heading" className={styles.root}>
      <Subtitle2 as="h2" id="import-heading" className={styles.heading}>
        {t("importHeading")}
      </Subtitle2>
      <p>{t("importIntro")}</p>
      <div
        className={mergeClasses(styles.drop, dropping && styles.dropping)}
        onDragOver={(event) => {
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPTED}
          className={styles.hidden}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            void readFiles(files);
          }}
        />
        <div className={styles.buttons}>
          <Button
            icon={<FolderOpenRegular />}
            disabledFocusable={progress !== null}
            onClick={() => fileInput.current?.click()}
          >
            {t("chooseFile")}
          </Button>
          <span>{t("dropHere")}</span>
        </div>
        {progress && (
          <Field hint={t("readingFile", { ...progress, done: progress.done + 1 })}>
            <ProgressBar value={progress.done} max={progress.total} />
          </Field>
        )}
      </div>
      <Field
        label={t("pasteLabel")}
        validationState={note?.error ? "error" : "none"}
        validationMessage={note?.text}
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={6}
          textarea={{ className: styles.text }}
          onChange={(_event, data) => {
            setText(data.value);
            setNote(null);
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<DocumentSearchRegular />} onClick={() => void checkText()}>
          {t("check")}
        </Button>
        <Button icon={<DismissRegular />} onClick={clear}>
          {t("clear")}
        </Button>
      </div>
      {reviews.length > 0 && (
        <ImportPreview
          reviews={reviews}
          entries={entries}
          inExcel={inExcel}
          busy={runner.busy !== null}
          headingRef={previewHeading}
          onChange={(changed) => setReviews((all) => all.map((r) => (r.id === changed.id ? changed : r)))}
          onConfirm={() => void confirm()}
          onCancel={() => setReviews([])}
        />
      )}
    </section>
  );
}

import { Button, Field, makeStyles, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { column } from "../style-blocks";
import { DismissRegular, DocumentSearchRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { loadDocument, type CatalogEntry, type LoadedDocument } from "../../../catalog";
import type { Standard } from "../../../model";
import type { TaskpaneActions } from "../../actions/actions";
import type { ActionRunner } from "../../hooks/useActionRunner";
import { useI18n } from "../../i18n/context";
import { readFileText } from "../../actions/read-file";
import { ImportPreview } from "./ImportPreview";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  heading: { margin: 0 },
  text: { fontFamily: tokens.fontFamilyMonospace },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

interface ImportViewProps {
  entries: readonly CatalogEntry[];
  actions: TaskpaneActions;
  runner: ActionRunner;
  onImported(standards: Standard[]): void;
}

/** Paste or pick a document → see what was read and its problems → confirm to store it. */
export function ImportView({ entries, actions, runner, onImported }: ImportViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [loaded, setLoaded] = useState<LoadedDocument | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const inExcel = actions.mode === "excel";

  useEffect(() => {
    if (loaded) previewHeading.current?.focus();
  }, [loaded]);

  const check = (content: string, name: string): void => {
    if (content.trim() === "") {
      setLoaded(null);
      setNote({ text: t("emptyDocument"), error: true });
      return;
    }
    setLoaded(loadDocument(content, name));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const content = await readFileText(file);
      setText(content);
      setFileName(file.name);
      setNote({ text: t("fileRead", { file: file.name }), error: false });
      check(content, file.name);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setNote({ text: t("fileFailed", { detail }), error: true });
    }
  };

  const clear = (): void => {
    setText("");
    setFileName("");
    setNote(null);
    setLoaded(null);
  };

  const confirm = async (): Promise<void> => {
    if (!loaded) return;
    const { standards } = loaded;
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
      <Field
        label={t("pasteLabel")}
        validationState={note?.error ? "error" : "none"}
        validationMessage={note?.text}
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={8}
          textarea={{ className: styles.text }}
          onChange={(_event, data) => {
            setText(data.value);
            setFileName("");
            setNote(null);
          }}
        />
      </Field>
      <input
        ref={fileInput}
        type="file"
        accept=".txt,.json,text/plain,application/json"
        className={styles.hidden}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => void onFile(event)}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<DocumentSearchRegular />} onClick={() => check(text, fileName)}>
          {t("check")}
        </Button>
        <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
          {t("chooseFile")}
        </Button>
        <Button icon={<DismissRegular />} onClick={clear}>
          {t("clear")}
        </Button>
      </div>
      {loaded && (
        <ImportPreview
          loaded={loaded}
          entries={entries}
          inExcel={inExcel}
          busy={runner.busy !== null}
          headingRef={previewHeading}
          onConfirm={() => void confirm()}
          onCancel={() => setLoaded(null)}
        />
      )}
    </section>
  );
}

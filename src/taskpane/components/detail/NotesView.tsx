import { mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import type { NoteItem, Notes } from "../../../model";
import { useI18n } from "../../i18n/context";
import { useDetailStyles } from "./detail-styles";

function NoteList({ label, items }: { label: string; items: NoteItem[] }) {
  const styles = useDetailStyles();
  const id = useId();
  if (items.length === 0) return null;
  return (
    <div>
      <h4 id={id} className={styles.label}>
        {label}
      </h4>
      <ul aria-labelledby={id}>
        {items.map((item, i) => (
          <li key={i}>
            {item.text}
            {item.subItems.length > 0 && (
              <ul>
                {item.subItems.map((sub, j) => (
                  <li key={j}>{sub}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** 說明與補充事項: qualifications, other notes and footnotes. */
export function NotesView({ notes }: { notes: Notes }) {
  const styles = useDetailStyles();
  const { t } = useI18n();
  const id = useId();
  const footnotesId = useId();
  const empty = notes.qualifications.length + notes.other.length + notes.footnotes.length === 0;
  return (
    <section
      aria-labelledby={id}
      className={mergeClasses(styles.section, styles.target)}
      data-target="section:notes"
      tabIndex={-1}
    >
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {t("notesHeading")}
      </Subtitle2>
      {empty && <p>{t("none")}</p>}
      <NoteList label={t("qualifications")} items={notes.qualifications} />
      <NoteList label={t("otherNotes")} items={notes.other} />
      {notes.footnotes.length > 0 && (
        <div>
          <h4 id={footnotesId} className={styles.label}>
            {t("footnotes")}
          </h4>
          <ul aria-labelledby={footnotesId}>
            {notes.footnotes.map((note) => (
              <li key={note.number}>
                {t("footnote", { number: note.number })}：{note.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

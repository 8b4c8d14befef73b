import type { NoteItem } from "../../model";
import { label, type LabelKey } from "../labels";
import { LAST_COLUMN } from "./columns";
import type { SectionContext } from "./section";

function noteText(item: NoteItem): string {
  return [`• ${item.text}`, ...item.subItems.map((sub) => `    ◦ ${sub}`)].join("\n");
}

/** 說明與補充事項: qualifications, other notes and footnotes, each line across the full width. */
export function writeNotes(context: SectionContext, top: number): number {
  const { builder: b, standard, locale } = context;
  const { qualifications, other, footnotes } = standard.notes;
  const groups: [LabelKey, string[]][] = [
    ["qualifications", qualifications.map(noteText)],
    ["otherNotes", other.map(noteText)],
    ["footnotes", footnotes.map((f) => `【註${f.number}】${f.text}`)],
  ];
  if (groups.every(([, texts]) => texts.length === 0)) return top;

  const fullWidth = (row: number) => ({ top: row, left: 0, bottom: row, right: LAST_COLUMN });
  b.block(fullWidth(top), label("notesSection", locale), "section");
  context.printed.keepWithNext.add(top);
  let row = top + 1;
  for (const [key, texts] of groups) {
    if (texts.length === 0) continue;
    context.printed.keepWithNext.add(row);
    b.block(fullWidth(row++), label(key, locale), "subheading");
    for (const text of texts) b.block(fullWidth(row++), text, "note");
  }
  return row;
}

import { label } from "../labels";
import { COLUMN, LAST_COLUMN } from "./columns";
import { printedTable, SECTION_GAP, type SectionContext } from "./section";

/** Every version the document lists, newest first as the document gives them. */
export function writeVersionHistory(context: SectionContext, top: number): number {
  const { builder: b, standard, locale } = context;
  if (standard.versions.length === 0) return top;
  context.printed.keepWithNext.add(top);
  b.block({ top, left: 0, bottom: top, right: LAST_COLUMN }, label("historySection", locale), "section");
  const date = { left: COLUMN.knowledge, right: LAST_COLUMN };
  const header = top + 1;
  b.row(
    header,
    0,
    [label("version", locale), label("code", locale), label("name", locale), label("note", locale)],
    "tableHeader",
  );
  b.put(header, COLUMN.level, label("status", locale), "tableHeader");
  b.block({ top: header, ...date, bottom: header }, label("date", locale), "tableHeader");
  standard.versions.forEach((entry, i) => {
    const row = header + 1 + i;
    b.row(row, 0, [entry.version, entry.code, entry.name, entry.note], "body");
    b.put(row, COLUMN.level, entry.status, "body");
    b.block({ top: row, ...date, bottom: row }, entry.date, "body");
  });
  printedTable(context, header, header + standard.versions.length);
  return header + 1 + standard.versions.length + SECTION_GAP;
}

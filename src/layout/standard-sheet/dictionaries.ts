import type { Item } from "../../model";
import { label, type LabelKey } from "../labels";
import { COLUMN, LAST_COLUMN } from "./columns";
import { codeAndName, printedTable, SECTION_GAP, type SectionContext } from "./section";

/** Code in A, name across B:C, the wide text across D:G. */
const NAME = { left: COLUMN.task, right: COLUMN.outputs };
const WIDE = { left: COLUMN.indicators, right: LAST_COLUMN };

function heading(context: SectionContext, row: number, key: LabelKey): void {
  context.printed.keepWithNext.add(row);
  context.builder.block(
    { top: row, left: 0, bottom: row, right: LAST_COLUMN },
    label(key, context.locale),
    "section",
  );
}

function columnHeaders(context: SectionContext, row: number, wide: LabelKey): void {
  const { builder: b, locale } = context;
  b.put(row, COLUMN.duty, label("itemCode", locale), "tableHeader");
  b.block({ top: row, ...NAME, bottom: row }, label("itemName", locale), "tableHeader");
  b.block({ top: row, ...WIDE, bottom: row }, label(wide, locale), "tableHeader");
}

function itemRow(
  context: SectionContext,
  row: number,
  code: string,
  name: string,
  wide: string,
  muted: boolean,
): void {
  const { builder: b } = context;
  b.put(row, COLUMN.duty, code, "body");
  b.block({ top: row, ...NAME, bottom: row }, name, "body");
  b.block({ top: row, ...WIDE, bottom: row }, wide, muted ? "muted" : "body");
}

/** Knowledge or skills: each item with the tasks whose level blocks list it. */
function writeItems(context: SectionContext, top: number, items: Item[], section: LabelKey): number {
  if (items.length === 0) return top;
  const separator = context.locale === "en" ? "; " : "、";
  heading(context, top, section);
  columnHeaders(context, top + 1, "requiredBy");
  items.forEach((item, i) => {
    const tasks = context.index.requiredBy(item.code).map((task) => codeAndName(task.code, task.name));
    const name = [item.name, ...item.details.map((d) => `• ${d}`)].join("\n");
    const wide = tasks.length > 0 ? tasks.join(separator) : label("noTask", context.locale);
    itemRow(context, top + 2 + i, item.code, name, wide, tasks.length === 0);
  });
  printedTable(context, top + 1, top + 1 + items.length);
  return top + 2 + items.length + SECTION_GAP;
}

/** The K, S and A dictionaries one after another. */
export function writeDictionaries(context: SectionContext, top: number): number {
  const { standard } = context;
  let row = writeItems(context, top, standard.knowledge, "knowledgeSection");
  row = writeItems(context, row, standard.skills, "skillsSection");
  if (standard.attitudes.length === 0) return row;
  heading(context, row, "attitudesSection");
  columnHeaders(context, row + 1, "attitudeDescription");
  standard.attitudes.forEach((attitude, i) => {
    itemRow(context, row + 2 + i, attitude.code, attitude.name, attitude.description, false);
  });
  printedTable(context, row + 1, row + 1 + standard.attitudes.length);
  return row + 2 + standard.attitudes.length + SECTION_GAP;
}

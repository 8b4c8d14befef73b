import type { Locale, Standard } from "../model";
import { label, type LabelKey } from "./labels";
import { SheetPlanBuilder, type Scalar } from "./plan-builder";
import type { CellStyle, SheetPlan } from "./sheet-plan";
import { uniqueSheetName } from "./sheet-name";
import { LANDSCAPE_A4_FIT_WIDTH } from "./print";
import { COLORS, font } from "./theme";

export interface DataSheetOptions {
  locale?: Locale;
  existingSheetNames?: Iterable<string>;
}

export const DATA_TABLE_NAME = "CompetencyData";

const COLUMNS: { key: LabelKey; width: number }[] = [
  { key: "standardCode", width: 16 },
  { key: "standardName", width: 22 },
  { key: "dutyCode", width: 14 },
  { key: "duty", width: 24 },
  { key: "taskCode", width: 14 },
  { key: "task", width: 26 },
  { key: "competencyLevel", width: 9 },
  { key: "kind", width: 10 },
  { key: "itemCode", width: 10 },
  { key: "itemName", width: 60 },
  { key: "attitudeDescription", width: 60 },
];

const DATA_STYLES = {
  header: {
    font: font({ bold: true, color: COLORS.accentText }),
    fill: COLORS.accent,
    alignment: { vertical: "middle" },
  },
  cell: { font: font(), alignment: { vertical: "top" } },
  level: { font: font(), alignment: { horizontal: "center", vertical: "top" } },
} satisfies Record<string, CellStyle>;

/**
 * One row per (standard, duty, task, level, kind, code, name, description); attitudes belong to
 * no task and are the only items with a description.
 */
export function dataRows(standards: Standard[], locale: Locale): Scalar[][] {
  const rows: Scalar[][] = [];
  for (const standard of standards) {
    const head = [standard.code, standard.name];
    const names = new Map([...standard.knowledge, ...standard.skills].map((item) => [item.code, item.name]));
    for (const duty of standard.duties) {
      for (const task of duty.tasks) {
        const where = [...head, duty.code, duty.name, task.code, task.name];
        for (const block of task.blocks) {
          const add = (kind: LabelKey, code: string, name: string) =>
            rows.push([...where, block.level, label(kind, locale), code, name, null]);
          block.outputs.forEach((o) => add("kindOutput", o.code, o.name));
          block.indicators.forEach((p) => add("kindIndicator", p.code, p.text));
          block.knowledge.forEach((code) => add("kindKnowledge", code, names.get(code) ?? ""));
          block.skills.forEach((code) => add("kindSkill", code, names.get(code) ?? ""));
        }
      }
    }
    for (const attitude of standard.attitudes) {
      rows.push([
        ...head,
        null,
        null,
        null,
        null,
        null,
        label("kindAttitude", locale),
        attitude.code,
        attitude.name,
        attitude.description || null,
      ]);
    }
  }
  return rows;
}

/**
 * The tidy form for PivotTables, FILTER and XLOOKUP: several standards in one Excel table, one
 * line per row (no wrapping), header frozen.
 */
export function buildDataSheet(standards: Standard[], options: DataSheetOptions = {}): SheetPlan {
  const locale = options.locale ?? "zh";
  const builder = new SheetPlanBuilder(
    uniqueSheetName(label("dataSheet", locale), options.existingSheetNames ?? []),
    DATA_STYLES,
    COLUMNS.map((c) => c.width),
  );
  builder.row(
    0,
    0,
    COLUMNS.map((c) => label(c.key, locale)),
    "header",
  );
  const rows = dataRows(standards, locale);
  const body = rows.length > 0 ? rows : [COLUMNS.map(() => null)];
  const levelColumn = COLUMNS.findIndex((c) => c.key === "competencyLevel");
  body.forEach((values, i) =>
    values.forEach((value, col) => builder.put(i + 1, col, value, col === levelColumn ? "level" : "cell")),
  );
  builder.table({
    name: DATA_TABLE_NAME,
    range: { top: 0, left: 0, bottom: body.length, right: COLUMNS.length - 1 },
    style: "TableStyleMedium2",
    bandedRows: true,
    autoFilter: true,
  });
  builder.freeze({ rows: 1, columns: 0 });
  const codes = standards.map((s) => s.code);
  builder.print({
    ...LANDSCAPE_A4_FIT_WIDTH,
    repeatRows: { first: 0, last: 0 },
    title: `${label("dataSheet", locale)}${locale === "en" ? ": " : "："}${codes.join(locale === "en" ? ", " : "、")}`,
  });
  builder.tabColor(COLORS.tab);
  return { ...builder.build(), standards: codes };
}

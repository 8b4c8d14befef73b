import { CHANGE_KINDS, changeName, changeRow, countChanges, type Change, type ChangeKind } from "../compare";
import { pick, type Locale, type Standard } from "../model";
import { cellAddress } from "./a1";
import { changesLabel } from "./changes-labels";
import { currentVersion } from "./standard-sheet/header";
import { label } from "./labels";
import { SheetPlanBuilder, type Scalar } from "./plan-builder";
import { LANDSCAPE_A4_FIT_WIDTH } from "./print";
import { layoutFormula, type CellStyle, type Color, type SheetPlan } from "./sheet-plan";
import { uniqueSheetName } from "./sheet-name";
import { COLORS, font } from "./theme";

export interface ChangesSheetOptions {
  locale?: Locale;
  existingSheetNames?: Iterable<string>;
}

export const CHANGES_TABLE_NAME = "CompetencyChanges";

/** Kind, old code, new code, change, before, after: the columns of COMPETENCY.CHANGES. */
const WIDTHS = [8, 12, 12, 14, 52, 52];
const CHANGE_COL = 3;

/** One colour per kind of change, for its rows in the table and its line in the summary. */
export const CHANGE_FILLS: Record<ChangeKind, Color> = {
  added: "#E2EFDA",
  removed: "#FCE4D6",
  renamed: "#FFF2CC",
  levelChanged: "#F8CBAD",
  moved: "#DDEBF7",
  renumbered: "#EDEDED",
};

const thin = { weight: "thin", color: COLORS.grid } as const;
const boxed = { top: thin, bottom: thin, left: thin, right: thin };
const wrapTop = { horizontal: "left", vertical: "top", wrap: true } as const;

/** The summary's line of each change, filled with the change's colour. */
function summaryStyles(): Record<`summary-${ChangeKind}`, CellStyle> {
  const styles = {} as Record<`summary-${ChangeKind}`, CellStyle>;
  for (const kind of CHANGE_KINDS)
    styles[`summary-${kind}`] = {
      font: font(),
      fill: CHANGE_FILLS[kind],
      borders: boxed,
      alignment: wrapTop,
    };
  return styles;
}

const CHANGES_STYLES = {
  title: { font: font({ size: 16, bold: true, color: COLORS.accent }), alignment: { vertical: "middle" } },
  blockHeader: { font: font({ bold: true, color: COLORS.accentText }), fill: COLORS.accent, borders: boxed },
  label: { font: font({ bold: true }), fill: COLORS.labelFill, borders: boxed, alignment: wrapTop },
  value: { font: font(), borders: boxed, alignment: wrapTop },
  count: { font: font(), borders: boxed, alignment: { horizontal: "right", vertical: "top" } },
  total: { font: font({ bold: true }), borders: boxed, alignment: { horizontal: "right", vertical: "top" } },
  ...summaryStyles(),
  tableHeader: { font: font({ bold: true, color: COLORS.accentText }), fill: COLORS.accent },
  cell: { font: font(), alignment: wrapTop },
} satisfies Record<string, CellStyle>;

type ChangesStyle = keyof typeof CHANGES_STYLES;

/** The header facts of both versions, one per line, side by side. */
function headerFacts(standard: Standard): Scalar[] {
  const version = currentVersion(standard);
  return [
    standard.code,
    standard.name,
    version?.version ?? "",
    version?.date ?? "",
    version?.status ?? "",
    standard.level,
    standard.occupation.name,
    standard.description,
  ];
}

const FACT_LABELS = [
  "code",
  "name",
  "version",
  "date",
  "status",
  "level",
  "occupation",
  "description",
] as const;

/**
 * The changes from `older` to `newer` as a sheet: the two versions' headers side by side (right)
 * and the counts per change (left) above an Excel table of the rows COMPETENCY.CHANGES returns,
 * with filters, each row coloured by its change.
 *
 *   A  B  C          D        E (before)     F (after)
 *   title ──────────────────────────────────────────
 *   summary  count   field    old version    new version
 *   added    2       code     INM2521-001v2  INM2521-001v3   … one line per header fact
 *   …
 *   kind | old code | new code | change | before | after     (the table, filters on)
 */
export function buildChangesSheet(
  older: Standard,
  newer: Standard,
  changes: readonly Change[],
  options: ChangesSheetOptions = {},
): SheetPlan {
  const locale = options.locale ?? "zh";
  const l = (key: Parameters<typeof changesLabel>[0]) => changesLabel(key, locale);
  const builder = new SheetPlanBuilder<ChangesStyle>(
    uniqueSheetName(`${l("sheet")} ${newer.code}`, options.existingSheetNames ?? []),
    CHANGES_STYLES,
    WIDTHS,
  );
  builder.block(
    { top: 0, left: 0, bottom: 0, right: WIDTHS.length - 1 },
    `${l("title")}${locale === "zh" ? "：" : ": "}${newer.name} ${older.code} → ${newer.code}`,
    "title",
  );
  builder.rowHeight(0, 26);

  const top = 2;
  builder.block({ top, left: 0, bottom: top, right: 1 }, l("summary"), "blockHeader");
  builder.put(top, 2, l("count"), "blockHeader");
  const counts = countChanges(changes);
  CHANGE_KINDS.forEach((kind, i) => {
    builder.block(
      { top: top + 1 + i, left: 0, bottom: top + 1 + i, right: 1 },
      pick(changeName(kind), locale),
      `summary-${kind}`,
    );
    builder.put(top + 1 + i, 2, counts[kind], "count");
  });
  const totalRow = top + 1 + CHANGE_KINDS.length;
  builder.block({ top: totalRow, left: 0, bottom: totalRow, right: 1 }, l("total"), "label");
  builder.put(totalRow, 2, changes.length, "total");

  builder.row(top, 3, [l("field"), l("oldVersion"), l("newVersion")], "blockHeader");
  const oldFacts = headerFacts(older);
  const newFacts = headerFacts(newer);
  FACT_LABELS.forEach((key, i) => {
    builder.put(top + 1 + i, 3, label(key, locale), "label");
    builder.put(top + 1 + i, 4, oldFacts[i]!, "value");
    builder.put(top + 1 + i, 5, newFacts[i]!, "value");
  });

  const headerRow = top + 2 + Math.max(CHANGE_KINDS.length + 1, FACT_LABELS.length);
  builder.row(
    headerRow,
    0,
    (["kind", "oldCode", "newCode", "change", "before", "after"] as const).map(l),
    "tableHeader",
  );
  const rows = changes.map((c) => changeRow(c, locale));
  const body = rows.length > 0 ? rows : [WIDTHS.map(() => null)];
  body.forEach((values, i) => builder.row(headerRow + 1 + i, 0, values, "cell"));
  const bottom = headerRow + body.length;
  builder.table({
    name: CHANGES_TABLE_NAME,
    range: { top: headerRow, left: 0, bottom, right: WIDTHS.length - 1 },
    style: "TableStyleLight1",
    bandedRows: false,
    autoFilter: true,
  });
  // The colour follows the change column, so it stays right when rows are sorted or filtered.
  const changeCell = `$${cellAddress(headerRow + 1, CHANGE_COL)}`;
  for (const kind of CHANGE_KINDS) {
    builder.conditionalFormat({
      range: { top: headerRow + 1, left: 0, bottom, right: WIDTHS.length - 1 },
      rule: { kind: "formula", formula: layoutFormula(`${changeCell}="${pick(changeName(kind), locale)}"`) },
      fill: CHANGE_FILLS[kind],
    });
  }
  builder.print({ ...LANDSCAPE_A4_FIT_WIDTH, repeatRows: { first: headerRow, last: headerRow } });
  builder.tabColor(COLORS.tab);
  return builder.build();
}

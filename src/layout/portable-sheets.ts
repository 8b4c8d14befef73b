import {
  INFO_FIELD_NAMES,
  INFO_FIELDS,
  foldText,
  searchEntries,
  type Catalog,
  type CatalogEntry,
} from "../catalog";
import { changeRow, compareEntries } from "../compare";
import { CODE_KINDS, type Locale, type LocalizedText, type PortableRanges } from "../model";
import { columnLetters } from "./a1";
import { buildDataSheet, dataRows } from "./data-sheet";
import { SheetPlanBuilder, type Scalar } from "./plan-builder";
import { layoutFormula, type CellStyle, type CellValue, type SheetPlan } from "./sheet-plan";
import { uniqueSheetName } from "./sheet-name";
import { COLORS, font } from "./theme";

export interface PortableSheetsOptions {
  catalog: Catalog;
  /** The standards the formulas read, by code. */
  standards: ReadonlySet<string>;
  /** "older|newer" codes of the pairs CHANGES calls compare. */
  changePairs?: ReadonlySet<string>;
  /** Some CHANGES call follows a cell: the changes of every pair of versions of one standard are kept. */
  changesFollowCells?: boolean;
  defaultStandard: string | null;
  locale?: Locale;
  existingSheetNames?: Iterable<string>;
}

const LOOKUP_SHEET: LocalizedText = { zh: "職能查詢表", en: "Competency lookups" };

const STYLES = {
  header: { font: font({ bold: true, color: COLORS.accentText }), fill: COLORS.accent },
  cell: { font: font() },
} satisfies Record<string, CellStyle>;

/** An empty text that stays text: a blank cell read through a range shows 0. */
const EMPTY: CellValue = { kind: "formula", formula: layoutFormula('""') };
/** A code without a level: COMPETENCY.LEVEL answers #N/A. */
const NO_LEVEL: CellValue = { kind: "formula", formula: layoutFormula("NA()") };

type LookupValue = Scalar | CellValue;

interface Block {
  headers: LocalizedText[];
  rows: LookupValue[][];
}

function h(zh: string, en: string): LocalizedText {
  return { zh, en };
}

const STANDARD = h("職能基準代碼", "Standard code");
const CODE = h("代碼", "Code");
const NAME = h("名稱", "Name");

function text(value: string | number | null | undefined): LookupValue {
  return value === null || value === undefined || value === "" ? EMPTY : value;
}

/** Every spelling a code is accepted in that MATCH does not already fold (case): zero-padded or not. */
function codeSpellings(code: string): string[] {
  const digits = code.slice(1);
  const unpadded = `${code[0]}${Number(digits)}`;
  return /^[KSA]\d+$/.test(code) && unpadded !== code ? [code, unpadded] : [code];
}

function referenceRows(
  catalog: Catalog,
  entries: readonly CatalogEntry[],
  used: ReadonlySet<string>,
): LookupValue[][] {
  const rows: LookupValue[][] = [];
  const seen = new Set<string>();
  for (const { standard, index } of entries) {
    for (const key of [standard.code, index.base, standard.name, standard.title]) {
      const folded = foldText(key);
      const resolved = catalog.resolve(key);
      if (key === "" || seen.has(folded) || !resolved.ok || !used.has(resolved.value.standard.code)) continue;
      seen.add(folded);
      rows.push([key, resolved.value.standard.code]);
    }
  }
  return rows;
}

function codeRows(entries: readonly CatalogEntry[]): LookupValue[][] {
  return entries.flatMap(({ standard, index }) =>
    CODE_KINDS.flatMap((kind) =>
      index.codesOfKind(kind).flatMap((code) => {
        const level = index.levelOf(code);
        const found = index.lookup(code);
        return codeSpellings(code).map((spelling) => [
          `${standard.code}|${spelling}`,
          code,
          text(found?.text),
          level ?? NO_LEVEL,
        ]);
      }),
    ),
  );
}

/** The pairs whose changes the lookup sheet lists: those asked for, and those a cell may ask for. */
function changePairs(options: PortableSheetsOptions, entries: readonly CatalogEntry[]): string[] {
  const pairs = new Set(options.changePairs ?? []);
  if (options.changesFollowCells) {
    for (const older of entries)
      for (const newer of entries)
        if (older !== newer && older.index.base === newer.index.base)
          pairs.add(`${older.standard.code}|${newer.standard.code}`);
  }
  return [...pairs];
}

/** Each pair's changes as COMPETENCY.CHANGES returns them (same order, the change named in `locale`), keyed by the pair. */
function changeRows(catalog: Catalog, pairs: readonly string[], locale: Locale): LookupValue[][] {
  return pairs.flatMap((pair) => {
    const [older, newer] = pair.split("|").map((code) => catalog.resolve(code));
    if (!older?.ok || !newer?.ok) return [];
    return compareEntries(older.value, newer.value).changes.map((change) => [
      pair,
      ...changeRow(change, locale).map(text),
    ]);
  });
}

function blocks(
  catalog: Catalog,
  entries: readonly CatalogEntry[],
  used: ReadonlySet<string>,
  defaultStandard: string | null,
  locale: Locale,
  pairs: readonly string[],
) {
  const DEFAULT_LABEL = h("預設職能基準（可改）", "Default standard (editable)")[locale];
  const taskRow = (
    code: string,
    ref: ReturnType<CatalogEntry["index"]["tasks"]>[number],
    level: number | null,
  ) => [code, ref.task.code, ref.task.name, ref.duty.code, text(level)];
  return {
    settings: {
      headers: [h("設定", "Setting"), h("值", "Value")],
      rows: [[DEFAULT_LABEL, text(defaultStandard)]],
    },
    references: { headers: [h("參照", "Reference"), STANDARD], rows: referenceRows(catalog, entries, used) },
    codes: {
      headers: [h("鍵", "Key"), CODE, h("文字", "Text"), h("級別", "Level")],
      rows: codeRows(entries),
    },
    duties: {
      headers: [STANDARD, CODE, NAME],
      rows: entries.flatMap(({ standard }) => standard.duties.map((d) => [standard.code, d.code, d.name])),
    },
    tasks: {
      headers: [STANDARD, CODE, NAME, h("職責代碼", "Duty code"), h("級別", "Level")],
      rows: entries.flatMap(({ standard, index }) =>
        index.tasks().map((ref) => taskRow(standard.code, ref, index.levelOf(ref.task.code))),
      ),
    },
    taskLevels: {
      headers: [STANDARD, CODE, NAME, h("職責代碼", "Duty code"), h("級別", "Level")],
      rows: entries.flatMap(({ standard, index }) =>
        [1, 2, 3, 4, 5, 6, 7].flatMap((level) =>
          index.tasksAtLevel(level).map((ref) => taskRow(standard.code, ref, level)),
        ),
      ),
    },
    attitudes: {
      headers: [STANDARD, CODE, NAME, h("說明", "Description")],
      rows: entries.flatMap(({ standard }) =>
        standard.attitudes.map((a) => [standard.code, a.code, text(a.name), text(a.description)]),
      ),
    },
    search: {
      headers: [
        h("職能基準", "Standard"),
        h("類別", "Kind"),
        CODE,
        h("文字", "Text"),
        h("比對文字", "Folded text"),
      ],
      rows: entries.flatMap(({ index }) =>
        searchEntries(index)
          .filter((e) => e.kind !== "N")
          .map((e) => [e.standard, e.kind, e.code, text(e.text), text(e.folded)]),
      ),
    },
    standards: {
      headers: [CODE, NAME, h("級別", "Level"), h("更新日期", "Updated"), h("狀態", "Status")],
      rows: catalog
        .entries()
        .map(({ standard, index }) => [
          standard.code,
          standard.name,
          text(standard.level),
          text(index.currentVersion()?.date),
          text(index.currentVersion()?.status),
        ]),
    },
    changes: {
      headers: [
        h("版本配對", "Version pair"),
        h("類別", "Kind"),
        h("舊代碼", "Old code"),
        h("新代碼", "New code"),
        h("變更", "Change"),
        h("變更前", "Before"),
        h("變更後", "After"),
      ],
      rows: changeRows(catalog, pairs, locale),
    },
    info: {
      headers: [h("鍵", "Key"), h("值", "Value")],
      rows: entries.flatMap(({ standard, index }) =>
        INFO_FIELD_NAMES.map((field) => [
          `${standard.code}|${field}`,
          text(INFO_FIELDS[field]!(standard, index)),
        ]),
      ),
    },
  } satisfies Record<string, Block>;
}

/** `'Sheet'!$A$2:$A$9` */
function absoluteRange(sheet: string, left: number, right: number, top: number, bottom: number): string {
  const quotedSheet = `'${sheet.split("'").join("''")}'`;
  return `${quotedSheet}!$${columnLetters(left)}$${top + 1}:$${columnLetters(right)}$${bottom + 1}`;
}

/**
 * The sheets a portable workbook's native formulas read: the tidy data sheet of the standards
 * its COMPETENCY formulas use, and one lookup sheet of plain values (standard references, codes,
 * duties, tasks, attitudes, search texts, header fields) written from the same catalog queries
 * the functions answer from, and where the native formulas find each table.
 */
export function buildPortableSheets(options: PortableSheetsOptions): {
  plans: SheetPlan[];
  ranges: PortableRanges;
} {
  const locale = options.locale ?? "zh";
  const { catalog } = options;
  const used = options.standards;
  const entries = catalog.entries().filter((e) => used.has(e.standard.code));
  const existing = [...(options.existingSheetNames ?? [])];
  const data = buildDataSheet(
    entries.map((e) => e.standard),
    { locale, existingSheetNames: existing },
  );
  const dataBottom = Math.max(
    1,
    dataRows(
      entries.map((e) => e.standard),
      locale,
    ).length,
  );
  const dataColumn = (left: number, right = left) => absoluteRange(data.name, left, right, 1, dataBottom);

  const name = uniqueSheetName(LOOKUP_SHEET[locale], [...existing, data.name]);
  const tables = blocks(
    catalog,
    entries,
    used,
    options.defaultStandard,
    locale,
    changePairs(options, entries),
  );
  const widths: number[] = [];
  const builder = new SheetPlanBuilder(name, STYLES, widths);
  const placed = {} as Record<keyof typeof tables, (left: number, right?: number) => string>;
  let left = 0;
  for (const [key, block] of Object.entries(tables) as [keyof typeof tables, Block][]) {
    const start = left;
    block.headers.forEach((header, i) => {
      builder.put(0, start + i, header[locale], "header");
      widths[start + i] = 18;
    });
    const rows = block.rows.length > 0 ? block.rows : [block.headers.map((): LookupValue => null)];
    rows.forEach((row, r) => row.forEach((value, c) => builder.put(r + 1, start + c, value, "cell")));
    placed[key] = (from, to = from) => absoluteRange(name, start + from, start + to, 1, rows.length);
    widths[start + block.headers.length] = 3;
    left += block.headers.length + 1;
  }
  builder.freeze({ rows: 1, columns: 0 });
  builder.tabColor(COLORS.muted);

  const ranges: PortableRanges = {
    data: {
      standard: dataColumn(0),
      taskCode: dataColumn(4),
      itemCode: dataColumn(8),
      items: dataColumn(8, 9),
      tasks: dataColumn(4, 5),
    },
    defaultReference: placed.settings(1).split(":")[0]!,
    references: { keys: placed.references(0), codes: placed.references(1) },
    codes: { keys: placed.codes(0), codes: placed.codes(1), texts: placed.codes(2), levels: placed.codes(3) },
    duties: { standard: placed.duties(0), rows: placed.duties(1, 2) },
    tasks: { standard: placed.tasks(0), rows: placed.tasks(1, 4) },
    taskLevels: {
      standard: placed.taskLevels(0),
      level: placed.taskLevels(4),
      rows: placed.taskLevels(1, 4),
    },
    attitudes: { standard: placed.attitudes(0), rows: placed.attitudes(1, 3) },
    search: {
      standard: placed.search(0),
      code: placed.search(2),
      folded: placed.search(4),
      rows: placed.search(0, 3),
    },
    standards: { rows: placed.standards(0, 4) },
    changes: { keys: placed.changes(0), rows: placed.changes(1, 6) },
    info: { keys: placed.info(0), values: placed.info(1) },
  };
  return { plans: [data, builder.build()], ranges };
}

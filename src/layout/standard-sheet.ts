import { StandardIndex } from "../catalog";
import type { Locale, Standard } from "../model";
import { SheetPlanBuilder } from "./plan-builder";
import { label } from "./labels";
import { paginate } from "./pagination";
import { LANDSCAPE_A4_FIT_WIDTH, pageHeightFittingWidth } from "./print";
import type { SheetPlan } from "./sheet-plan";
import { uniqueSheetName } from "./sheet-name";
import { COLORS, STANDARD_STYLES } from "./theme";
import { COLUMN_WIDTHS } from "./standard-sheet/columns";
import { writeDictionaries } from "./standard-sheet/dictionaries";
import { currentVersion, writeHeader } from "./standard-sheet/header";
import { writeVersionHistory } from "./standard-sheet/history";
import { writeMainTable } from "./standard-sheet/main-table";
import { writeNotes } from "./standard-sheet/notes";
import { SECTION_GAP, type SectionContext } from "./standard-sheet/section";

export interface StandardSheetOptions {
  locale?: Locale;
  /** Names already in the workbook; the plan's name avoids them. */
  existingSheetNames?: Iterable<string>;
  /** The catalog's index of the standard, when the caller has one (a catalog entry's `index`). */
  index?: StandardIndex;
}

/** "INM2521-001v2 雲端架構工程人員", made valid and unique. */
export function standardSheetName(standard: Standard, existing: Iterable<string> = []): string {
  return uniqueSheetName(`${standard.code} ${standard.name}`.trim(), existing);
}

/** Points of the thin spacer row between the header block and the table. */
const SPACER_HEIGHT = 6;

/** "INM2521-001v2 雲端架構工程人員 版本 V2": what every printed page's header names. */
export function standardPrintTitle(standard: Standard, locale: Locale): string {
  const version = currentVersion(standard)?.version ?? "";
  return [standard.code, standard.name, version && `${label("version", locale)} ${version}`]
    .filter((part) => part !== "")
    .join("  ");
}

/**
 * One standard on one sheet: title and header block, the main table (frozen under its header
 * row), the K/S/A dictionaries, the version history and notes. Printed one page wide with the
 * standard named in every page's header; each table that continues on a new page starts it
 * with its own header row, and no page repeats a header whose table it does not hold.
 * The version history sits below the table so the frozen block stays a few rows tall.
 */
export function buildStandardSheet(standard: Standard, options: StandardSheetOptions = {}): SheetPlan {
  const builder = new SheetPlanBuilder(
    standardSheetName(standard, options.existingSheetNames),
    STANDARD_STYLES,
    COLUMN_WIDTHS,
  );
  const context: SectionContext = {
    builder,
    standard,
    index: options.index ?? new StandardIndex(standard),
    locale: options.locale ?? "zh",
    printed: { tables: [], keepWithNext: new Set() },
  };

  const spacer = writeHeader(context, 0);
  builder.rowHeight(spacer, SPACER_HEIGHT);
  const table = writeMainTable(context, spacer + 1);
  let row = table.last + 1 + SECTION_GAP;
  row = writeDictionaries(context, row);
  row = writeVersionHistory(context, row);
  writeNotes(context, row);

  builder.freeze({ rows: table.header + 1, columns: 0 });
  builder.print({ ...LANDSCAPE_A4_FIT_WIDTH, title: standardPrintTitle(standard, context.locale) });
  builder.tabColor(COLORS.tab);
  const pageHeight = pageHeightFittingWidth(COLUMN_WIDTHS, LANDSCAPE_A4_FIT_WIDTH);
  const paged = paginate(builder.build(), { ...context.printed, pageHeight });
  return { ...paged, standards: [standard.code] };
}

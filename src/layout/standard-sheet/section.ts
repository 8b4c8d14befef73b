import type { StandardIndex } from "../../catalog";
import type { Locale, Standard } from "../../model";
import type { PrintedTable } from "../pagination";
import type { SheetPlanBuilder } from "../plan-builder";
import type { StandardStyle } from "../theme";

/** What every section of the standard sheet writes with; a section returns the row after its last. */
export interface SectionContext {
  builder: SheetPlanBuilder<StandardStyle>;
  standard: Standard;
  /** The catalog's index of `standard`, for "which tasks require this item". */
  index: StandardIndex;
  locale: Locale;
  /** What each section tells the pagination: its tables, and the rows that must not end a page. */
  printed: { tables: PrintedTable[]; keepWithNext: Set<number> };
}

/** Registers a table printed with its header again on each page it continues on. */
export function printedTable(context: SectionContext, header: number, last: number): void {
  context.printed.tables.push({ header, first: header + 1, last });
  context.printed.keepWithNext.add(header);
}

/** "K01 職業安全衛生相關規範": how every coded item is shown. */
export function codeAndName(code: string, name: string): string {
  return name === "" ? code : `${code} ${name}`;
}

/** A blank row between sections. */
export const SECTION_GAP = 1;

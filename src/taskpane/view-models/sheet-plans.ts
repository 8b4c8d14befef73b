import type { Change } from "../../compare";
import type { SheetPlan } from "../../layout";
import type { Locale, Standard } from "../../model";

export type SheetKind = "standard" | "data";

/**
 * The plan of the sheet a user asked for: the formatted standard, or its tidy data table. The
 * layouts load on the first insert: the pane opens without them.
 */
export async function sheetPlanFor(kind: SheetKind, standard: Standard, locale: Locale): Promise<SheetPlan> {
  const { buildDataSheet, buildStandardSheet } = await import(
    /* webpackChunkName: "layouts" */ "../../layout"
  );
  return kind === "standard"
    ? buildStandardSheet(standard, { locale })
    : buildDataSheet([standard], { locale });
}

/** The changes sheet of two versions; the layouts load on first use, as for the other sheets. */
export async function changesPlanFor(
  older: Standard,
  newer: Standard,
  changes: readonly Change[],
  locale: Locale,
): Promise<SheetPlan> {
  const { buildChangesSheet } = await import(/* webpackChunkName: "layouts" */ "../../layout");
  return buildChangesSheet(older, newer, changes, { locale });
}

import { buildDataSheet, buildStandardSheet, type SheetPlan } from "../../layout";
import type { Locale, Standard } from "../../model";

export type SheetKind = "standard" | "data";

/** The plan of the sheet a user asked for: the formatted standard, or its tidy data table. */
export function sheetPlanFor(kind: SheetKind, standard: Standard, locale: Locale): SheetPlan {
  return kind === "standard"
    ? buildStandardSheet(standard, { locale })
    : buildDataSheet([standard], { locale });
}

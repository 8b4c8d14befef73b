import type { SheetPlan } from "../../layout";
import { MAX_PEOPLE, type RatingScale, type UnitKind } from "../../layout/staffing-matrix";
import type { Locale, Result, Standard } from "../../model";

/** What the staffing-matrix form asks for, its numbers already read. */
export interface MatrixChoices {
  /** Each is a role, in the order of the list they were chosen from. */
  standards: Standard[];
  units: UnitKind;
  /** A number of empty rows, or the people's names. */
  people: number | string[];
  /** The code of the standard every person starts in; null: the first one (the layout's default). */
  role: string | null;
  scale: RatingScale;
}

/** "12" → 12; anything but a whole number of at most six digits (empty, "1.5", "-1", "1e3") → null. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The matrix sheet, or the layout's reason for refusing the choices (no standard, bad scale, too
 * many people). The matrix layout loads on the first insert: the pane opens without it.
 */
export async function matrixPlan(choices: MatrixChoices, locale: Locale): Promise<Result<SheetPlan>> {
  const { buildStaffingMatrix } = await import(
    /* webpackChunkName: "matrix-layout" */ "../../layout/staffing-matrix"
  );
  const { standards, units, people, role, scale } = choices;
  // More people than allowed are refused by the layout: their roles are never needed.
  const count = Math.min(typeof people === "number" ? people : people.length, MAX_PEOPLE);
  const roles = role === null ? undefined : Array.from({ length: count }, () => role);
  return buildStaffingMatrix({ standards, units, people, roles, scale, locale });
}

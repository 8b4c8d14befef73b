import type { SheetPlan } from "../../layout";
import type { RatingSource } from "../../layout/assessment";
import { MAX_PEOPLE, type RatingScale, type UnitKind } from "../../layout/staffing-matrix";
import { ok, type Locale, type Result, type Standard } from "../../model";

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
  /** Add the assessment, derived levels and training needs (tasks only), rating the matrix so. */
  assessment: RatingSource | null;
}

/** "12" → 12; anything but a whole number of at most six digits (empty, "1.5", "-1", "1e3") → null. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/** Names typed or pasted: one per line, or separated by commas (ASCII or full-width), 、 or tabs. */
export function typedNames(text: string): string[] {
  return text
    .split(/[\n\r\t,，、;；]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/**
 * The matrix sheet (with the assessment's sheets when asked), or the layout's reason for refusing
 * the choices (no standard, bad scale, too many people). `existingSheetNames` are the workbook's:
 * sheets that refer to each other must be named before they are inserted. The layouts load on
 * the first insert: the pane opens without them.
 */
export async function matrixPlans(
  choices: MatrixChoices,
  locale: Locale,
  existingSheetNames: readonly string[] = [],
): Promise<Result<SheetPlan[]>> {
  const { standards, units, people, role, scale, assessment } = choices;
  // More people than allowed are refused by the layout: their roles are never needed.
  const count = Math.min(typeof people === "number" ? people : people.length, MAX_PEOPLE);
  const roles = role === null ? undefined : Array.from({ length: count }, () => role);
  if (assessment !== null) {
    const { buildAssessmentWorkbook } = await import(
      /* webpackChunkName: "assessment-layout" */ "../../layout/assessment"
    );
    return buildAssessmentWorkbook({
      standards,
      people,
      roles,
      locale,
      existingSheetNames,
      rating: assessment,
    });
  }
  const { buildStaffingMatrix } = await import(
    /* webpackChunkName: "matrix-layout" */ "../../layout/staffing-matrix"
  );
  const matrix = buildStaffingMatrix({ standards, units, people, roles, scale, locale, existingSheetNames });
  return matrix.ok ? ok([matrix.value]) : matrix;
}

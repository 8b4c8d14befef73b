/**
 * What a portable rewrite keeps in the workbook (a custom XML part of its own namespace): the
 * sheets it added and every cell's original formula, so Restore formulas can put them back and a
 * later rewrite starts again from the originals (its sheets replaced, not added again). Only a
 * cell that still holds the native formula written there is restored: a colleague's edit stays.
 */
export const PORTABLE_NAMESPACE = "urn:competency-standards-for-excel:portable:v1";

export interface OriginalFormula {
  sheet: string;
  /** The formula's cell, e.g. "B2". */
  address: string;
  /** The range it spilled into or was entered over, when more than its cell (e.g. "B2:C9"). */
  range?: string;
  /** The formula as it was, with "=". */
  formula: string;
  /** The native formula written in its place, with "=": a cell still holding it may be restored. */
  native: string;
}

export interface PortableRecord {
  sheets: string[];
  formulas: OriginalFormula[];
}

function isOriginal(value: unknown): value is OriginalFormula {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sheet === "string" &&
    typeof v.address === "string" &&
    typeof v.formula === "string" &&
    typeof v.native === "string" &&
    (v.range === undefined || typeof v.range === "string")
  );
}

/** The record in a part's text, or null when it is not one (a damaged part is ignored, never trusted). */
export function parseRecord(json: string): PortableRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { sheets, formulas } = value as Record<string, unknown>;
  if (!Array.isArray(sheets) || !sheets.every((s) => typeof s === "string")) return null;
  if (!Array.isArray(formulas) || !formulas.every(isOriginal)) return null;
  return { sheets, formulas };
}

/**
 * Excel's rules for table names: a letter or underscore first, then letters, digits, "_" or ".";
 * no spaces; at most 255 characters; not a cell reference (A1, R1C1) nor "C"/"R"; unique
 * ignoring case across the workbook's tables and defined names.
 */

const MAX_TABLE_NAME_LENGTH = 255;

function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[CcRr]$/.test(name);
}

/** A valid table name from free text: other characters become "_". */
export function sanitizeTableName(text: string): string {
  const cleaned = text.replace(/[^\p{L}\p{N}_.]/gu, "_").slice(0, MAX_TABLE_NAME_LENGTH);
  const start = /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`;
  return looksLikeReference(start) ? `_${start}` : start;
}

/** `wished`, or `wished_2`, `wished_3` … when the workbook already has that name. */
export function uniqueTableName(wished: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toUpperCase()));
  const base = sanitizeTableName(wished);
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, MAX_TABLE_NAME_LENGTH - String(n).length - 1)}_${n}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

/**
 * Excel's rules for worksheet names: 1–31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, unique ignoring case, and never "History" (reserved by Excel).
 */

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = ["HISTORY"];

/** A name Excel accepts, made from free text: forbidden characters become spaces, then trimmed. */
export function sanitizeSheetName(text: string, fallback = "Sheet"): string {
  const printable = [...text].map((ch) => (ch < " " ? " " : ch)).join("");
  const cleaned = clip(printable.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim(), MAX_SHEET_NAME_LENGTH);
  const unquoted = cleaned.replace(/^'+|'+$/g, "").trim();
  return unquoted === "" ? fallback : unquoted;
}

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.toLocaleUpperCase("en-US");
}

/**
 * `wished` when no existing sheet has it, else `wished (2)`, `wished (3)` …, shortening the
 * base so the suffix fits in 31 characters.
 */
export function uniqueSheetName(wished: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map(sheetNameKey).concat(RESERVED));
  const base = sanitizeSheetName(wished);
  if (!taken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${clip(base, MAX_SHEET_NAME_LENGTH - suffix.length)
      .replace(/'+$/, "")
      .trimEnd()}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/** At most `max` UTF-16 units (what Excel counts), never splitting a surrogate pair. */
function clip(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * Codes of a standard (T1, T1.1, O1.1.1, P1.1.1, K01, S01, A01) and of standards themselves
 * (INM2521-001v2), in canonical form. Matching is case-, width- and padding-insensitive:
 * "ｋ３", " k03 " and "K3" are all K03.
 */

export type CodeKind = "duty" | "task" | "output" | "indicator" | "knowledge" | "skill" | "attitude";

/** Every kind of code, parents before their children (duty, task, then what a task holds). */
export const CODE_KINDS: readonly CodeKind[] = [
  "duty",
  "task",
  "output",
  "indicator",
  "knowledge",
  "skill",
  "attitude",
];

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/** Full-width ASCII letters and digits (Ｋ０３) to their ASCII forms; everything else untouched. */
export function toHalfWidthAlnum(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Full-width period or dot between digits/letters of a code. */
const CODE_DOTS = /[\uFF0E\u3002\u2024\uFE52]/g;

export interface ParsedCode {
  kind: CodeKind;
  code: string;
}

const CODE_SHAPE = /^([TOPKSA])(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?$/;

const parsedCodes = new Map<string, ParsedCode | null>();
const MAX_REMEMBERED_CODES = 20_000;

/** The canonical form of an item code, or null when the text is not one. Codes recur: each is parsed once. */
export function parseCode(raw: string): ParsedCode | null {
  let parsed = parsedCodes.get(raw);
  if (parsed === undefined) {
    parsed = parseCodeText(raw);
    if (parsedCodes.size >= MAX_REMEMBERED_CODES) parsedCodes.clear();
    parsedCodes.set(raw, parsed);
  }
  return parsed;
}

function parseCodeText(raw: string): ParsedCode | null {
  const text = toHalfWidthAlnum(raw).replace(CODE_DOTS, ".").replace(/\s+/g, "").toUpperCase();
  const match = CODE_SHAPE.exec(text);
  if (!match) return null;
  const [, letter, a, b, c] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  const parts = [a, b, c].filter((p): p is string => p !== undefined).map((p) => String(Number(p)));
  switch (letter) {
    case "T":
      if (parts.length === 1) return { kind: "duty", code: `T${parts[0]}` };
      if (parts.length === 2) return { kind: "task", code: `T${parts.join(".")}` };
      return null;
    case "O":
    case "P":
      if (parts.length !== 3) return null;
      return { kind: letter === "O" ? "output" : "indicator", code: `${letter}${parts.join(".")}` };
    default: {
      if (parts.length !== 1) return null;
      const kind: CodeKind = letter === "K" ? "knowledge" : letter === "S" ? "skill" : "attitude";
      return { kind, code: `${letter}${parts[0]!.padStart(2, "0")}` };
    }
  }
}

/** The task code an output or indicator code belongs to: O1.2.3 → T1.2. */
export function taskOfCode(code: string): string | null {
  const match = /^[OP](\d+)\.(\d+)\.\d+$/.exec(code);
  return match ? `T${match[1]}.${match[2]}` : null;
}

/** The duty code a task code belongs to: T1.2 → T1. */
export function dutyOfTask(code: string): string | null {
  const match = /^T(\d+)\.\d+$/.exec(code);
  return match ? `T${match[1]}` : null;
}

export interface StandardCode {
  /** "INM2521-001" */
  base: string;
  /** 2, or null when the reference names no version */
  version: number | null;
  /** "INM2521-001v2", or the base alone when there is no version */
  code: string;
}

const STANDARD_CODE_SHAPE = /^([A-Z]{2,5}\d{3,5}-\d{2,4})(?:V(\d{1,3}))?$/;

/** Pattern of a standard code inside running text (used by the parser). */
export const STANDARD_CODE_IN_TEXT = /[A-Za-z]{2,5}\d{3,5}-\d{2,4}(?:[vV]\d{1,3})?/;

/** The canonical form of a standard code ("inm2521-001V2" → INM2521-001v2), or null. */
export function parseStandardCode(raw: string): StandardCode | null {
  const text = toHalfWidthAlnum(raw)
    .replace(/[\uFF0D\u2010-\u2015]/g, "-")
    .replace(/\s+/g, "")
    .toUpperCase();
  const match = STANDARD_CODE_SHAPE.exec(text);
  if (!match) return null;
  const base = match[1]!;
  const version = match[2] === undefined ? null : Number(match[2]);
  return { base, version, code: version === null ? base : `${base}v${version}` };
}

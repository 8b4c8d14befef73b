import { invalidArgument, ok, parseCode, parseStandardCode, type Locale, type Result } from "../../model";
import type { CellRange } from "../sheet-plan";
import { matrixLabel } from "./labels";
import type { RatingScale } from "./units";

/** A cell as a sheet gives it back: text, number, boolean or nothing. */
export type SheetValue = string | number | boolean | null;

/** One rating column of a matrix: which standard's unit it rates. */
export interface ReadUnit {
  standardCode: string;
  code: string;
  kind: "task" | "knowledge" | "skill";
}

export interface ReadPerson {
  name: string;
  /** The role as written (a standard's name or code). */
  role: string;
  /** Rating by unitKey(standard, code); unrated units are absent. */
  ratings: Map<string, number>;
  /** False when the available column says no (in either language); true without the column. */
  available: boolean;
}

/** A staffing matrix as read back from its sheet: its units, in column order, and its people. */
export interface ReadMatrix {
  units: ReadUnit[];
  people: ReadPerson[];
  /** The scale of the ratings' dropdown, when the reader could see it. */
  scale?: RatingScale;
  /** The language of the matrix's headers, when its name column says. */
  locale?: Locale;
}

export function unitKey(standardCode: string, code: string): string {
  return `${standardCode} ${code}`;
}

const HEADER_NAMES = new Set([matrixLabel("name", "zh"), matrixLabel("name", "en")]);
const HEADER_ROLES = new Set([matrixLabel("role", "zh"), matrixLabel("role", "en")]);
const HEADER_AVAILABLE = new Set([matrixLabel("available", "zh"), matrixLabel("available", "en")]);
const NO = new Set([matrixLabel("no", "zh"), matrixLabel("no", "en").toLowerCase()]);

/**
 * The scale a ratings dropdown offers ("0".."4"): its lowest and highest whole number, or
 * nothing when the choices are not whole numbers.
 */
export function scaleOfChoices(choices: readonly string[]): RatingScale | undefined {
  const numbers = choices.map((c) => Number(c.trim()));
  if (numbers.length === 0 || !numbers.every((n) => Number.isInteger(n))) return undefined;
  return { min: Math.min(...numbers), max: Math.max(...numbers) };
}

function text(value: SheetValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The unit a table header names: its first word that is a task or K/S code ("T1.1",
 * "INM2521-001v2 T1.1", "T1.1 系統需求分析"), its standard named in the header or else by the
 * nearest standard code above it in the same column.
 */
function unitOf(values: readonly (readonly SheetValue[])[], top: number, col: number): ReadUnit | null {
  const words = text(values[top]?.[col]).split(/\s+/);
  const code = words.map((w) => parseCode(w)).find((c) => c !== null);
  if (!code || !["task", "knowledge", "skill"].includes(code.kind)) return null;
  let standard = words.map((w) => parseStandardCode(w)).find((c) => c !== null) ?? null;
  for (let row = top - 1; row >= 0 && !standard; row--)
    standard = parseStandardCode(text(values[row]?.[col]));
  if (!standard) return null;
  return { standardCode: standard.code, code: code.code, kind: code.kind as ReadUnit["kind"] };
}

/**
 * Reads a staffing matrix from the values of its sheet and the range of its people table: the
 * units by their headers (not by column numbers), the name and role columns by their headers
 * (either language, else the table's first two columns), each person's numeric ratings and
 * availability; the rating scale from the dropdown of the first rating cell when `choicesAt` can
 * tell a cell's list choices.
 */
export function readStaffingMatrix(
  values: readonly (readonly SheetValue[])[],
  table: CellRange,
  choicesAt?: (row: number, col: number) => readonly string[] | undefined,
): Result<ReadMatrix> {
  const columns = Array.from({ length: table.right - table.left + 1 }, (_, i) => table.left + i);
  const header = (col: number) => text(values[table.top]?.[col]);
  const nameCol = columns.find((c) => HEADER_NAMES.has(header(c))) ?? table.left;
  const roleCol = columns.find((c) => HEADER_ROLES.has(header(c))) ?? table.left + 1;
  const availableCol = columns.find((c) => HEADER_AVAILABLE.has(header(c)));
  const unitColumns = columns
    .map((col) => ({ col, unit: unitOf(values, table.top, col) }))
    .filter((u): u is { col: number; unit: ReadUnit } => u.unit !== null);
  if (unitColumns.length === 0) {
    return invalidArgument(
      "找不到人員職能矩陣的評分欄（表格標題應為工作任務或知識、技能代碼）。",
      "No rating columns found: the table's headers should be task or K/S codes.",
    );
  }
  const people: ReadPerson[] = [];
  for (let row = table.top + 1; row <= table.bottom; row++) {
    const ratings = new Map<string, number>();
    for (const { col, unit } of unitColumns) {
      const value = values[row]?.[col];
      const rating = typeof value === "number" ? value : text(value) === "" ? NaN : Number(text(value));
      if (Number.isFinite(rating)) ratings.set(unitKey(unit.standardCode, unit.code), rating);
    }
    const available = availableCol === undefined || !NO.has(text(values[row]?.[availableCol]).toLowerCase());
    people.push({
      name: text(values[row]?.[nameCol]),
      role: text(values[row]?.[roleCol]),
      ratings,
      available,
    });
  }
  const choices = choicesAt?.(table.top + 1, unitColumns[0]!.col);
  const scale = choices ? scaleOfChoices(choices) : undefined;
  const locale = (["zh", "en"] as const).find((l) => header(nameCol) === matrixLabel("name", l));
  return ok({
    units: unitColumns.map((u) => u.unit),
    people,
    ...(scale ? { scale } : {}),
    ...(locale ? { locale } : {}),
  });
}

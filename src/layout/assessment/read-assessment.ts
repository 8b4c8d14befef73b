import { parseCode, parseStandardCode } from "../../model";
import type { CellRange } from "../sheet-plan";
import { unitKey, type SheetValue } from "../staffing-matrix";
import type { Mark } from "./assessment-sheet";
import { assessmentLabel } from "./labels";

/** One person's marks, by unitKey(standard, indicator code); unmarked indicators are absent. */
export interface ReadRaterMarks {
  self: Map<string, Mark>;
  manager: Map<string, Mark>;
}

/** An assessment sheet as read back: its indicators in column order and each person's marks. */
export interface ReadAssessment {
  indicators: { standardCode: string; code: string }[];
  /** In the order of the people (two rows each: self, then manager). */
  people: ReadRaterMarks[];
}

const MARKS = new Map<string, Mark>(
  (["zh", "en"] as const).flatMap((locale) => [
    [assessmentLabel("met", locale), "met"],
    [assessmentLabel("notMet", locale), "notMet"],
  ]),
);
const MANAGER = new Set([assessmentLabel("manager", "zh"), assessmentLabel("manager", "en")]);

function text(value: SheetValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** "INM2521-001v2 P1.1.1" → the indicator it heads; other headers (name, levels) → null. */
function indicatorOf(header: string): { standardCode: string; code: string } | null {
  const [standard, code, ...rest] = header.split(/\s+/);
  const parsedStandard = parseStandardCode(standard ?? "");
  const parsedCode = parseCode(code ?? "");
  if (rest.length > 0 || !parsedStandard || parsedCode?.kind !== "indicator") return null;
  return { standardCode: parsedStandard.code, code: parsedCode.code };
}

/**
 * Reads the marks of an assessment table (values on the sheet's grid, the table's range): its
 * indicator columns by their headers, its rows in pairs per person, the rater told by the rater
 * column (either language; the pair's second row when the column is unreadable).
 */
export function readAssessment(values: readonly (readonly SheetValue[])[], table: CellRange): ReadAssessment {
  const columns = Array.from({ length: table.right - table.left + 1 }, (_, i) => table.left + i).flatMap(
    (col) => {
      const indicator = indicatorOf(text(values[table.top]?.[col]));
      return indicator ? [{ col, indicator }] : [];
    },
  );
  const people: ReadRaterMarks[] = [];
  for (let row = table.top + 1; row <= table.bottom; row++) {
    const pair = Math.floor((row - table.top - 1) / 2);
    const person = (people[pair] ??= { self: new Map(), manager: new Map() });
    const raterText = text(values[row]?.[table.left + 2]);
    const manager = raterText === "" ? (row - table.top - 1) % 2 === 1 : MANAGER.has(raterText);
    for (const { col, indicator } of columns) {
      const mark = MARKS.get(text(values[row]?.[col]));
      if (mark)
        person[manager ? "manager" : "self"].set(unitKey(indicator.standardCode, indicator.code), mark);
    }
  }
  return { indicators: columns.map((c) => c.indicator), people };
}

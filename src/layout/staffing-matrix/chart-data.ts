import { literalValue, type CellValue, type SheetPlan } from "../sheet-plan";
import { chartBlockTop, matrixGeometry, type MatrixGeometry } from "./sheet";

/** What the matrix's two charts show: people meeting each unit, and one person against their role. */
export interface MatrixChartData {
  /** Unit headers, "INM2521-001v2 T1.1". */
  units: string[];
  /** Available people meeting their role's requirement, per unit. */
  meeting: number[];
  person: { name: string; levels: (number | null)[]; required: (number | null)[] } | null;
}

/** A cell as read back from a workbook: Office.js gives numbers, text and "" for empty cells. */
export type ReadValue = string | number | boolean | null;

/** Values "not available" in either language of the sheet. */
const UNAVAILABLE = new Set(["否", "No"]);

/** Where the charts' figures sit in a matrix of `roleCount` roles and `unitCount` units. */
export function chartArea(
  roleCount: number,
  unitCount: number,
): { geometry: MatrixGeometry; bottom: number; right: number } {
  const geometry = matrixGeometry(roleCount, unitCount);
  return {
    geometry,
    bottom: chartBlockTop(geometry, roleCount) + 1 + unitCount,
    right: geometry.summaryCol + 2,
  };
}

/** The roles and units of a matrix plan, read from its table (name, role, units, then five columns). */
export function matrixShape(plan: SheetPlan): { roleCount: number; unitCount: number } {
  const table = plan.tables[0];
  const unitCount = table ? table.range.right - table.range.left + 1 - 7 : 0;
  const top = matrixGeometry(1, 1).requirementTop;
  let roleCount = 0;
  while (plan.cells.some((c) => c.row === top + roleCount && c.col === 1 && c.value?.kind === "text"))
    roleCount++;
  return { roleCount, unitCount };
}

function asNumber(value: ReadValue | undefined): number | null {
  return typeof value === "number" ? value : null;
}

function asText(value: ReadValue | undefined): string {
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}

/**
 * The charts' figures from the sheet's computed values (rows and columns from A1, as Excel
 * returns a used range): the header row, the meeting row and the chosen person's block.
 */
export function chartDataFromValues(
  values: ReadValue[][],
  roleCount: number,
  unitCount: number,
): MatrixChartData {
  const { geometry: g } = chartArea(roleCount, unitCount);
  const at = (row: number, col: number) => values[row]?.[col];
  const unitCols = Array.from({ length: unitCount }, (_, i) => g.firstUnitCol + i);
  const top = chartBlockTop(g, roleCount);
  const name = asText(at(top, g.summaryCol + 1));
  return {
    units: unitCols.map((col) => asText(at(g.headerRow, col))),
    meeting: unitCols.map((col) => asNumber(at(g.meetingRow, col)) ?? 0),
    person:
      name === ""
        ? null
        : {
            name,
            levels: unitCols.map((_c, i) => asNumber(at(top + 2 + i, g.summaryCol + 1))),
            required: unitCols.map((_c, i) => asNumber(at(top + 2 + i, g.summaryCol + 2))),
          },
  };
}

function plainValue(value: CellValue | null | undefined): ReadValue {
  return value ? literalValue(value) : null;
}

/**
 * The same figures worked out from a plan that was never calculated (preview mode): typed ratings
 * against each role's requirement, as the sheet's formulas count them.
 */
export function chartDataFromPlan(plan: SheetPlan, roleCount: number, unitCount: number): MatrixChartData {
  const { geometry: g } = chartArea(roleCount, unitCount);
  const cells = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, plainValue(c.value)]));
  const at = (row: number, col: number) => cells.get(`${row}:${col}`) ?? null;
  const units = Array.from({ length: unitCount }, (_, i) => asText(at(g.headerRow, g.firstUnitCol + i)));
  const requirements = new Map<string, (number | null)[]>();
  for (let row = g.requirementTop; row <= g.requirementBottom; row++)
    requirements.set(
      asText(at(row, g.roleCol)),
      units.map((_u, i) => asNumber(at(row, g.firstUnitCol + i))),
    );
  const bottom = plan.tables[0]?.range.bottom ?? g.dataTop - 1;
  const people = Array.from({ length: bottom - g.dataTop + 1 }, (_, p) => {
    const row = g.dataTop + p;
    return {
      name: asText(at(row, g.nameCol)),
      required: requirements.get(asText(at(row, g.roleCol))) ?? units.map(() => null),
      levels: units.map((_u, i) => asNumber(at(row, g.firstUnitCol + i))),
      available: !UNAVAILABLE.has(asText(at(row, g.availableCol))),
    };
  });
  const meets = (p: (typeof people)[number], i: number) =>
    p.required[i] !== null && p.levels[i] !== null && p.levels[i]! >= p.required[i]!;
  const chosen = asText(at(chartBlockTop(g, roleCount), g.summaryCol + 1));
  const person = people.find((p) => p.name !== "" && p.name === chosen);
  return {
    units,
    meeting: units.map((_u, i) => people.filter((p) => p.available && meets(p, i)).length),
    person: person ? { name: person.name, levels: person.levels, required: person.required } : null,
  };
}

import { invalidArgument, ok, type Locale, type Result, type Standard } from "../../model";
import { cellAddress, columnLetters } from "../a1";
import { SheetPlanBuilder } from "../plan-builder";
import { LANDSCAPE_A4_FIT_WIDTH } from "../print";
import type { CellRange, LayoutFormula, SheetPlan } from "../sheet-plan";
import { uniqueSheetName } from "../sheet-name";
import { COLORS } from "../theme";
import * as formula from "./formulas";
import { matrixLabel } from "./labels";
import { MATRIX_FILLS, MATRIX_STYLES } from "./styles";
import { peopleCountProblem, ratingScaleProblem } from "./validation";
import {
  DEFAULT_SCALES,
  MAX_PEOPLE,
  matrixUnits,
  type MatrixUnit,
  type RatingScale,
  type UnitKind,
} from "./units";

export interface StaffingMatrixOptions {
  /** One or more standards; each is a role people can hold. */
  standards: Standard[];
  units?: UnitKind;
  /** A number of empty rows, or the people's names (e.g. from the selected range). */
  people?: number | string[];
  /** Each person's role, by standard code; a person without one gets the first standard. */
  roles?: string[];
  scale?: RatingScale;
  /** Ratings already given (a matrix moved to a new version): person index and unit → rating. */
  ratings?: (person: number, unit: MatrixUnit) => number | null;
  /** Each person's availability (false: 否); everyone is available without it. */
  available?: readonly boolean[];
  /** Units whose ratings someone should check (their name or level changed since they were given). */
  review?: (unit: MatrixUnit) => boolean;
  locale?: Locale;
  existingSheetNames?: Iterable<string>;
  /**
   * The formula of each rating cell (person, unit), when ratings come from elsewhere (derived
   * levels); without it the cells are left for people to type.
   */
  derivedRatings?: (person: number, unit: number) => LayoutFormula;
}

export const MATRIX_TABLE_NAME = "StaffingMatrix";

/** Where the matrix puts things (0-based), so sheets built beside it can refer to its cells. */
export interface MatrixGeometry extends formula.MatrixGrid {
  metCol: number;
  requiredCol: number;
  coverageCol: number;
  ratedCol: number;
  summaryCol: number;
  standardLevelRow: number;
  meetingRow: number;
  riskRow: number;
  headerRow: number;
}

export function matrixGeometry(roleCount: number, unitCount: number): MatrixGeometry {
  const firstUnitCol = 2;
  const lastUnitCol = firstUnitCol + unitCount - 1;
  const requirementTop = 6;
  const requirementBottom = requirementTop + roleCount - 1;
  const meetingRow = requirementBottom + 1;
  const headerRow = meetingRow + 3;
  return {
    nameCol: 0,
    roleCol: 1,
    firstUnitCol,
    lastUnitCol,
    metCol: lastUnitCol + 1,
    requiredCol: lastUnitCol + 2,
    coverageCol: lastUnitCol + 3,
    ratedCol: lastUnitCol + 4,
    availableCol: lastUnitCol + 5,
    summaryCol: lastUnitCol + 7,
    standardLevelRow: 5,
    requirementTop,
    requirementBottom,
    meetingRow,
    riskRow: meetingRow + 1,
    headerRow,
    dataTop: headerRow + 1,
  };
}

/** Where the chart data block sits: under the role summary. */
export function chartBlockTop(grid: MatrixGeometry, roleCount: number): number {
  return grid.headerRow + roleCount + 2;
}

/**
 * A person chooser (a dropdown of the table's names) over a block of that person's ratings and
 * their role's requirements, and two native charts: that person as a radar against the
 * requirement, and a column chart of people meeting each unit.
 */
function addCharts(
  builder: SheetPlanBuilder<keyof typeof MATRIX_STYLES>,
  grid: MatrixGeometry,
  units: readonly MatrixUnit[],
  roleCount: number,
  firstName: string | null,
  dataBottom: number,
  locale: Locale,
): void {
  const col = grid.summaryCol;
  const top = chartBlockTop(grid, roleCount);
  builder.put(top, col, matrixLabel("chartPerson", locale), "label");
  builder.put(top, col + 1, firstName, "person");
  builder.validation({
    range: { top, left: col + 1, bottom: top, right: col + 1 },
    kind: "list",
    values: [],
    source: { top: grid.dataTop, left: grid.nameCol, bottom: dataBottom, right: grid.nameCol },
    allowBlank: true,
    prompt: matrixLabel("chartPersonPrompt", locale),
  });
  builder.row(
    top + 1,
    col,
    [
      matrixLabel("chartUnit", locale),
      matrixLabel("personLevel", locale),
      matrixLabel("roleRequired", locale),
    ],
    "summaryHeader",
  );
  const chooser = `$${columnLetters(col + 1)}$${top + 1}`;
  units.forEach((unit, i) => {
    const row = top + 2 + i;
    builder.put(row, col, unitHeader(unit), "person");
    builder.put(row, col + 1, { kind: "formula", formula: formula.chosenRating(grid, chooser, i) }, "number");
    builder.put(
      row,
      col + 2,
      { kind: "formula", formula: formula.chosenRequirement(grid, chooser, i) },
      "number",
    );
  });
  const first = top + 2;
  const last = top + 1 + units.length;
  const column = (c: number): CellRange => ({ top: first, left: c, bottom: last, right: c });
  const chartLeft = col + 5;
  builder.chart({
    kind: "radar",
    title: matrixLabel("radarTitle", locale),
    categories: column(col),
    series: [
      { name: matrixLabel("personLevel", locale), values: column(col + 1) },
      { name: matrixLabel("roleRequired", locale), values: column(col + 2) },
    ],
    anchor: { top: grid.headerRow, left: chartLeft, bottom: grid.headerRow + 18, right: chartLeft + 7 },
  });
  builder.chart({
    kind: "column",
    title: matrixLabel("columnTitle", locale),
    categories: {
      top: grid.headerRow,
      left: grid.firstUnitCol,
      bottom: grid.headerRow,
      right: grid.lastUnitCol,
    },
    series: [
      {
        name: matrixLabel("meeting", locale),
        values: {
          top: grid.meetingRow,
          left: grid.firstUnitCol,
          bottom: grid.meetingRow,
          right: grid.lastUnitCol,
        },
      },
    ],
    anchor: { top: grid.headerRow + 20, left: chartLeft, bottom: grid.headerRow + 38, right: chartLeft + 7 },
  });
}

/** The role each standard stands for: its name when names are distinct and list-safe, else its code. */
export function roleLabels(standards: readonly Standard[]): string[] {
  const names = standards.map((s) => s.name);
  const usable = names.every((n) => n !== "" && !/[,;"]/.test(n)) && new Set(names).size === names.length;
  return usable ? names : standards.map((s) => s.code);
}

/** A unit's table header, the same shape in every matrix: "INM2521-001v2 T1.1". */
export function unitHeader(unit: Pick<MatrixUnit, "standard" | "code">): string {
  return `${unit.standard.code} ${unit.code}`;
}

function invalidOptions(options: StaffingMatrixOptions, scale: RatingScale): Result<SheetPlan> | null {
  if (options.standards.length === 0) {
    return invalidArgument(
      "人員職能矩陣至少需要一個職能基準。",
      "A staffing matrix needs at least one standard.",
    );
  }
  const scaleProblem = ratingScaleProblem(scale);
  if (scaleProblem) return scaleProblem;
  const people = options.people;
  if (typeof people === "number") return peopleCountProblem(people);
  return people && people.length > MAX_PEOPLE ? peopleCountProblem(people.length) : null;
}

/**
 * People × competencies: a requirement block per role above an Excel table of people with one
 * rating column per unit. Every calculation is a native formula; ratings get a dropdown of the
 * scale and colours by requirement; each unit shows who meets it and flags single points of failure.
 */
export function buildStaffingMatrix(options: StaffingMatrixOptions): Result<SheetPlan> {
  const locale = options.locale ?? "zh";
  const kind = options.units ?? "tasks";
  const scale = options.scale ?? DEFAULT_SCALES[kind];
  const standards = options.standards;
  const invalid = invalidOptions(options, scale);
  if (invalid) return invalid;
  const units = matrixUnits(standards, kind, scale);
  if (units.length === 0)
    return invalidArgument("所選職能基準沒有可評分的項目。", "The chosen standards have nothing to rate.");
  const roles = roleLabels(standards);
  const names = typeof options.people === "number" || options.people === undefined ? [] : options.people;
  const count = Math.max(1, typeof options.people === "number" ? options.people : names.length);
  const grid = matrixGeometry(roles.length, units.length);
  const { nameCol, roleCol, firstUnitCol, lastUnitCol, metCol, requiredCol, coverageCol, ratedCol } = grid;
  const { availableCol, summaryCol, requirementTop, meetingRow, riskRow, headerRow } = grid;
  const no = matrixLabel("no", locale);
  const derivedKs = kind === "ks";

  const widths = [16, 20, ...units.map(() => 12), 9, 9, 9, 9, 9, 2, 22, 9, 11, 11];
  const builder = new SheetPlanBuilder(
    uniqueSheetName(matrixLabel("sheet", locale), options.existingSheetNames ?? []),
    MATRIX_STYLES,
    widths,
  );
  builder.tabColor(COLORS.tab);
  const title = `${matrixLabel("title", locale)} · ${standards.map((s) => `${s.code} ${s.name}`).join(" / ")}`;
  builder.put(0, 0, title, "title");
  builder.rowHeight(0, 26);
  builder.block(
    { top: 1, left: 0, bottom: 1, right: Math.max(availableCol, 6) },
    matrixLabel(options.derivedRatings ? "derivedLegend" : "legend", locale),
    "legend",
  );

  const rowLabel = (row: number, key: Parameters<typeof matrixLabel>[0]) =>
    builder.block(
      { top: row, left: nameCol, bottom: row, right: roleCol },
      matrixLabel(key, locale),
      "label",
    );
  rowLabel(2, "code");
  rowLabel(3, "unitName");
  rowLabel(4, "standard");
  rowLabel(grid.standardLevelRow, derivedKs ? "standardLevelDerived" : "standardLevel");
  units.forEach((unit, i) => {
    const col = firstUnitCol + i;
    builder.put(2, col, unit.code, options.review?.(unit) ? "unitCodeReview" : "unitCode");
    builder.put(3, col, unit.name, "unitName");
    builder.put(4, col, unit.standard.code, "unitStandard");
    builder.put(grid.standardLevelRow, col, unit.level, "level");
  });

  roles.forEach((role, r) => {
    const row = requirementTop + r;
    builder.put(row, nameCol, matrixLabel(derivedKs ? "requiredDerived" : "required", locale), "label");
    builder.put(row, roleCol, role, "label");
    units.forEach((unit, i) =>
      builder.put(row, firstUnitCol + i, unit.standard === standards[r] ? unit.level : null, "required"),
    );
  });

  rowLabel(meetingRow, "meeting");
  rowLabel(riskRow, "busFactor");
  units.forEach((_unit, i) => {
    const col = firstUnitCol + i;
    builder.put(meetingRow, col, { kind: "formula", formula: formula.peopleMeeting(grid, col, no) }, "count");
    const flag = formula.busFactorFlag(
      cellAddress(meetingRow, col),
      matrixLabel("nobody", locale),
      matrixLabel("onlyOne", locale),
    );
    builder.put(riskRow, col, { kind: "formula", formula: flag }, "flag");
  });
  const unitSpan = (row: number): CellRange => ({
    top: row,
    left: firstUnitCol,
    bottom: row,
    right: lastUnitCol,
  });
  builder.conditionalFormat({
    range: unitSpan(meetingRow),
    rule: { kind: "cellValue", operator: "lessThanOrEqual", values: [1] },
    fill: MATRIX_FILLS.risk,
  });
  builder.rowHeight(meetingRow, 40);
  builder.rowHeight(riskRow, 40);

  const headers = [matrixLabel("name", locale), matrixLabel("role", locale), ...units.map(unitHeader)];
  builder.row(
    headerRow,
    0,
    [
      ...headers,
      matrixLabel("met", locale),
      matrixLabel("requiredCount", locale),
      matrixLabel("coverage", locale),
      matrixLabel("rated", locale),
      matrixLabel("available", locale),
    ],
    "tableHeader",
  );
  const assigned = new Map(standards.map((s, i) => [s.code, roles[i]!]));
  for (let p = 0; p < count; p++) {
    const row = grid.dataTop + p;
    builder.put(row, nameCol, names[p] ?? null, "person");
    builder.put(row, roleCol, assigned.get(options.roles?.[p] ?? "") ?? roles[0]!, "person");
    units.forEach((unit, i) => {
      const derived = options.derivedRatings?.(p, i);
      const rating = derived
        ? { kind: "formula" as const, formula: derived }
        : (options.ratings?.(p, unit) ?? null);
      builder.put(row, firstUnitCol + i, rating, "rating");
    });
    builder.put(row, metCol, { kind: "formula", formula: formula.unitsMet(grid, row) }, "number");
    builder.put(row, requiredCol, { kind: "formula", formula: formula.unitsRequired(grid, row) }, "number");
    const cover = formula.coverage(
      cellAddress(row, metCol),
      cellAddress(row, requiredCol),
      cellAddress(row, ratedCol),
    );
    builder.put(row, coverageCol, { kind: "formula", formula: cover }, "percent");
    builder.put(row, ratedCol, { kind: "formula", formula: formula.unitsRated(grid, row) }, "number");
    builder.put(
      row,
      availableCol,
      matrixLabel(options.available?.[p] === false ? "no" : "yes", locale),
      "person",
    );
  }
  const dataBottom = grid.dataTop + count - 1;
  builder.table({
    name: MATRIX_TABLE_NAME,
    range: { top: headerRow, left: 0, bottom: dataBottom, right: availableCol },
    style: "TableStyleLight1",
    bandedRows: false,
    autoFilter: true,
  });

  const ratings: CellRange = {
    top: grid.dataTop,
    left: firstUnitCol,
    bottom: dataBottom,
    right: lastUnitCol,
  };
  const scaleValues = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i));
  if (!options.derivedRatings)
    builder.validation({
      range: ratings,
      kind: "list",
      values: scaleValues,
      allowBlank: true,
      prompt: matrixLabel("ratingPrompt", locale),
    });
  builder.validation({
    range: { top: grid.dataTop, left: roleCol, bottom: dataBottom, right: roleCol },
    kind: "list",
    values: roles,
    allowBlank: false,
  });
  builder.validation({
    range: { top: grid.dataTop, left: availableCol, bottom: dataBottom, right: availableCol },
    kind: "list",
    values: [matrixLabel("yes", locale), no],
    allowBlank: true,
    prompt: matrixLabel("availablePrompt", locale),
  });
  const rules = formula.ratingRules(grid);
  builder.conditionalFormat({
    range: ratings,
    rule: { kind: "formula", formula: rules.notRequired },
    fill: MATRIX_FILLS.notRequired,
  });
  builder.conditionalFormat({
    range: ratings,
    rule: { kind: "formula", formula: rules.below },
    fill: MATRIX_FILLS.below,
  });
  builder.conditionalFormat({
    range: ratings,
    rule: { kind: "formula", formula: rules.meets },
    fill: MATRIX_FILLS.meets,
  });

  builder.conditionalFormat({
    range: { top: grid.dataTop, left: coverageCol, bottom: dataBottom, right: coverageCol },
    rule: { kind: "dataBar", color: MATRIX_FILLS.coverageBar, min: 0, max: 1 },
  });

  builder.row(
    headerRow,
    summaryCol,
    [
      matrixLabel("summary", locale),
      matrixLabel("people", locale),
      matrixLabel("averageCoverage", locale),
      matrixLabel("withGaps", locale),
    ],
    "summaryHeader",
  );
  roles.forEach((role, r) => {
    const row = headerRow + 1 + r;
    const roleCell = cellAddress(row, summaryCol);
    builder.put(row, summaryCol, role, "person");
    builder.put(
      row,
      summaryCol + 1,
      { kind: "formula", formula: formula.roleHeadcount(grid, roleCell, no) },
      "number",
    );
    builder.put(
      row,
      summaryCol + 2,
      { kind: "formula", formula: formula.roleAverageCoverage(grid, roleCell, coverageCol, no) },
      "percent",
    );
    builder.put(
      row,
      summaryCol + 3,
      { kind: "formula", formula: formula.roleWithGaps(grid, roleCell, coverageCol, no) },
      "number",
    );
  });

  addCharts(builder, grid, units, roles.length, names[0] ?? null, dataBottom, locale);

  builder.freeze({ rows: grid.dataTop, columns: firstUnitCol });
  const codes = standards.map((s) => s.code);
  builder.print({
    ...LANDSCAPE_A4_FIT_WIDTH,
    repeatRows: { first: 2, last: headerRow },
    title: `${matrixLabel("title", locale)}${locale === "en" ? ": " : "："}${codes.join(locale === "en" ? ", " : "、")}`,
  });
  return ok({ ...builder.build(), standards: codes });
}

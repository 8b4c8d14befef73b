import { invalidArgument, ok, type Locale, type Result, type Standard } from "../../model";
import { cellAddress } from "../a1";
import { SheetPlanBuilder } from "../plan-builder";
import { LANDSCAPE_A4_FIT_WIDTH } from "../print";
import type { CellRange, SheetPlan } from "../sheet-plan";
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
  locale?: Locale;
  existingSheetNames?: Iterable<string>;
}

export const MATRIX_TABLE_NAME = "StaffingMatrix";
const NAME_COL = 0;
const ROLE_COL = 1;
const FIRST_UNIT_COL = 2;

/** The role each standard stands for: its name when names are distinct and list-safe, else its code. */
export function roleLabels(standards: readonly Standard[]): string[] {
  const names = standards.map((s) => s.name);
  const usable = names.every((n) => n !== "" && !/[,;"]/.test(n)) && new Set(names).size === names.length;
  return usable ? names : standards.map((s) => s.code);
}

/** Distinct table headers for units: the code alone, or prefixed by the standard when codes repeat. */
function unitHeaders(units: readonly MatrixUnit[]): string[] {
  const repeated = new Set(units.map((u) => u.code).filter((code, i, all) => all.indexOf(code) !== i));
  return units.map((u) => (repeated.has(u.code) ? `${u.standard.code} ${u.code}` : u.code));
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
  const lastUnitCol = FIRST_UNIT_COL + units.length - 1;
  const metCol = lastUnitCol + 1;
  const requiredCol = metCol + 1;
  const coverageCol = requiredCol + 1;
  const summaryCol = coverageCol + 2;

  const requirementTop = 6;
  const requirementBottom = requirementTop + roles.length - 1;
  const meetingRow = requirementBottom + 1;
  const riskRow = meetingRow + 1;
  const headerRow = riskRow + 2;
  const grid: formula.MatrixGrid = {
    firstUnitCol: FIRST_UNIT_COL,
    lastUnitCol,
    requirementTop,
    requirementBottom,
    roleCol: ROLE_COL,
    standardLevelRow: 5,
    dataTop: headerRow + 1,
  };

  const widths = [16, 20, ...units.map(() => 10), 9, 9, 9, 2, 22, 9, 11, 11];
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
    { top: 1, left: 0, bottom: 1, right: Math.max(coverageCol, 6) },
    matrixLabel("legend", locale),
    "legend",
  );

  const rowLabel = (row: number, key: Parameters<typeof matrixLabel>[0]) =>
    builder.block(
      { top: row, left: NAME_COL, bottom: row, right: ROLE_COL },
      matrixLabel(key, locale),
      "label",
    );
  rowLabel(2, "code");
  rowLabel(3, "unitName");
  rowLabel(4, "standard");
  rowLabel(5, "standardLevel");
  units.forEach((unit, i) => {
    const col = FIRST_UNIT_COL + i;
    builder.put(2, col, unit.code, "unitCode");
    builder.put(3, col, unit.name, "unitName");
    builder.put(4, col, unit.standard.code, "unitStandard");
    builder.put(5, col, unit.level, "level");
  });

  roles.forEach((role, r) => {
    const row = requirementTop + r;
    builder.put(row, NAME_COL, matrixLabel("required", locale), "label");
    builder.put(row, ROLE_COL, role, "label");
    units.forEach((unit, i) =>
      builder.put(row, FIRST_UNIT_COL + i, unit.standard === standards[r] ? unit.level : null, "required"),
    );
  });

  rowLabel(meetingRow, "meeting");
  rowLabel(riskRow, "busFactor");
  units.forEach((_unit, i) => {
    const col = FIRST_UNIT_COL + i;
    builder.put(meetingRow, col, { kind: "formula", formula: formula.peopleMeeting(grid, col) }, "count");
    const flag = formula.busFactorFlag(
      cellAddress(meetingRow, col),
      matrixLabel("nobody", locale),
      matrixLabel("onlyOne", locale),
    );
    builder.put(riskRow, col, { kind: "formula", formula: flag }, "flag");
  });
  const unitSpan = (row: number): CellRange => ({
    top: row,
    left: FIRST_UNIT_COL,
    bottom: row,
    right: lastUnitCol,
  });
  builder.conditionalFormat({
    range: unitSpan(meetingRow),
    rule: { kind: "cellValue", operator: "lessThanOrEqual", values: [1] },
    fill: MATRIX_FILLS.risk,
  });
  builder.rowHeight(riskRow, 26);

  const headers = [matrixLabel("name", locale), matrixLabel("role", locale), ...unitHeaders(units)];
  builder.row(
    headerRow,
    0,
    [
      ...headers,
      matrixLabel("met", locale),
      matrixLabel("requiredCount", locale),
      matrixLabel("coverage", locale),
    ],
    "tableHeader",
  );
  const assigned = new Map(standards.map((s, i) => [s.code, roles[i]!]));
  for (let p = 0; p < count; p++) {
    const row = grid.dataTop + p;
    builder.put(row, NAME_COL, names[p] ?? null, "person");
    builder.put(row, ROLE_COL, assigned.get(options.roles?.[p] ?? "") ?? roles[0]!, "person");
    units.forEach((_unit, i) => builder.put(row, FIRST_UNIT_COL + i, null, "rating"));
    builder.put(row, metCol, { kind: "formula", formula: formula.unitsMet(grid, row) }, "number");
    builder.put(row, requiredCol, { kind: "formula", formula: formula.unitsRequired(grid, row) }, "number");
    const cover = formula.coverage(cellAddress(row, metCol), cellAddress(row, requiredCol));
    builder.put(row, coverageCol, { kind: "formula", formula: cover }, "percent");
  }
  const dataBottom = grid.dataTop + count - 1;
  builder.table({
    name: MATRIX_TABLE_NAME,
    range: { top: headerRow, left: 0, bottom: dataBottom, right: coverageCol },
    style: "TableStyleLight1",
    bandedRows: false,
    autoFilter: true,
  });

  const ratings: CellRange = {
    top: grid.dataTop,
    left: FIRST_UNIT_COL,
    bottom: dataBottom,
    right: lastUnitCol,
  };
  const scaleValues = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i));
  builder.validation({
    range: ratings,
    kind: "list",
    values: scaleValues,
    allowBlank: true,
    prompt: matrixLabel("ratingPrompt", locale),
  });
  builder.validation({
    range: { top: grid.dataTop, left: ROLE_COL, bottom: dataBottom, right: ROLE_COL },
    kind: "list",
    values: roles,
    allowBlank: false,
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
      { kind: "formula", formula: formula.roleHeadcount(grid, roleCell) },
      "number",
    );
    builder.put(
      row,
      summaryCol + 2,
      { kind: "formula", formula: formula.roleAverageCoverage(grid, roleCell, coverageCol) },
      "percent",
    );
    builder.put(
      row,
      summaryCol + 3,
      { kind: "formula", formula: formula.roleWithGaps(grid, roleCell, coverageCol) },
      "number",
    );
  });

  builder.freeze({ rows: grid.dataTop, columns: FIRST_UNIT_COL });
  const codes = standards.map((s) => s.code);
  builder.print({
    ...LANDSCAPE_A4_FIT_WIDTH,
    repeatRows: { first: 2, last: headerRow },
    title: `${matrixLabel("title", locale)}${locale === "en" ? ": " : "："}${codes.join(locale === "en" ? ", " : "、")}`,
  });
  return ok({ ...builder.build(), standards: codes });
}

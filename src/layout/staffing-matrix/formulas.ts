import { cellAddress, columnLetters } from "../a1";
import { layoutFormula, type LayoutFormula } from "../sheet-plan";

/**
 * The matrix's native Excel formulas (no custom function, so the sheet works without the add-in
 * and in other spreadsheet programs). Positions are 0-based; columns of people data run open-ended
 * to the sheet's last row so rows added to the table are counted.
 */
export interface MatrixGrid {
  firstUnitCol: number;
  lastUnitCol: number;
  /** Rows of the requirement block: one per role, the role's label in the role column. */
  requirementTop: number;
  requirementBottom: number;
  roleCol: number;
  nameCol: number;
  /** First row of people (below the table header). */
  dataTop: number;
  availableCol: number;
}

const LAST_ROW = 1048576;

function absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

function openColumn(grid: MatrixGrid, col: number): string {
  return `$${columnLetters(col)}$${grid.dataTop + 1}:$${columnLetters(col)}$${LAST_ROW}`;
}

function requirementBlock(grid: MatrixGrid): string {
  return `${absolute(grid.requirementTop, grid.firstUnitCol)}:${absolute(grid.requirementBottom, grid.lastUnitCol)}`;
}

function roleNames(grid: MatrixGrid): string {
  return `${absolute(grid.requirementTop, grid.roleCol)}:${absolute(grid.requirementBottom, grid.roleCol)}`;
}

/** The requirement row of the person on `row`: INDEX(block, MATCH(role, roles, 0), 0). */
function personRequirements(grid: MatrixGrid, row: number): string {
  return `INDEX(${requirementBlock(grid)},MATCH($${columnLetters(grid.roleCol)}${row + 1},${roleNames(grid)},0),0)`;
}

/** The required level of one rating cell, from its column's requirement rows and its row's role. */
function cellRequirement(grid: MatrixGrid, row: number, col: number): string {
  const letters = columnLetters(col);
  const column = `${letters}$${grid.requirementTop + 1}:${letters}$${grid.requirementBottom + 1}`;
  return `INDEX(${column},MATCH($${columnLetters(grid.roleCol)}${row + 1},${roleNames(grid)},0))`;
}

function personRatings(grid: MatrixGrid, row: number): string {
  return `${cellAddress(row, grid.firstUnitCol)}:${cellAddress(row, grid.lastUnitCol)}`;
}

/** Required units the person's rating reaches; a blank (not rated) unit never counts as met. */
export function unitsMet(grid: MatrixGrid, row: number): LayoutFormula {
  const ratings = personRatings(grid, row);
  const required = personRequirements(grid, row);
  return layoutFormula(
    `IFERROR(SUMPRODUCT(ISNUMBER(${ratings})*(${ratings}>=${required})*(${required}<>"")),0)`,
  );
}

/** Required units that have a rating at all. */
export function unitsRated(grid: MatrixGrid, row: number): LayoutFormula {
  const ratings = personRatings(grid, row);
  const required = personRequirements(grid, row);
  return layoutFormula(`IFERROR(SUMPRODUCT(ISNUMBER(${ratings})*(${required}<>"")),0)`);
}

export function unitsRequired(grid: MatrixGrid, row: number): LayoutFormula {
  return layoutFormula(`IFERROR(COUNT(${personRequirements(grid, row)}),0)`);
}

/** Met over required; blank when nothing is required or nothing required is rated yet (not 0%). */
export function coverage(metCell: string, requiredCell: string, ratedCell: string): LayoutFormula {
  return layoutFormula(`IF(OR(${requiredCell}=0,${ratedCell}=0),"",${metCell}/${requiredCell})`);
}

/** The criterion pair that keeps people marked unavailable out of a COUNTIFS or AVERAGEIFS. */
function available(grid: MatrixGrid, no: string): string {
  return `${openColumn(grid, grid.availableCol)},"<>${no}"`;
}

/**
 * Available people whose rating reaches their own role's requirement for the unit: one COUNTIFS
 * per role, over the role's requirement cell, so lowering a requirement shows here at once.
 */
export function peopleMeeting(grid: MatrixGrid, col: number, no: string): LayoutFormula {
  const letters = columnLetters(col);
  const terms: string[] = [];
  for (let row = grid.requirementTop; row <= grid.requirementBottom; row++) {
    const required = `${letters}$${row + 1}`;
    const role = absolute(row, grid.roleCol);
    terms.push(
      `IF(${required}="",0,COUNTIFS(${openColumn(grid, grid.roleCol)},${role},${openColumn(grid, col)},">="&${required},${available(grid, no)}))`,
    );
  }
  return layoutFormula(terms.join("+"));
}

export function busFactorFlag(countCell: string, nobody: string, onlyOne: string): LayoutFormula {
  return layoutFormula(`IF(${countCell}=0,"${nobody}",IF(${countCell}=1,"${onlyOne}",""))`);
}

/** Available people in the role. */
export function roleHeadcount(grid: MatrixGrid, roleCell: string, no: string): LayoutFormula {
  return layoutFormula(`COUNTIFS(${openColumn(grid, grid.roleCol)},${roleCell},${available(grid, no)})`);
}

/** Average coverage of the role's available, rated people (a blank coverage is skipped). */
export function roleAverageCoverage(
  grid: MatrixGrid,
  roleCell: string,
  coverageCol: number,
  no: string,
): LayoutFormula {
  return layoutFormula(
    `IFERROR(AVERAGEIFS(${openColumn(grid, coverageCol)},${openColumn(grid, grid.roleCol)},${roleCell},${available(grid, no)}),"")`,
  );
}

export function roleWithGaps(
  grid: MatrixGrid,
  roleCell: string,
  coverageCol: number,
  no: string,
): LayoutFormula {
  return layoutFormula(
    `COUNTIFS(${openColumn(grid, grid.roleCol)},${roleCell},${openColumn(grid, coverageCol)},"<1",${available(grid, no)})`,
  );
}

function openBlock(grid: MatrixGrid): string {
  return `${absolute(grid.dataTop, grid.firstUnitCol)}:$${columnLetters(grid.lastUnitCol)}$${LAST_ROW}`;
}

/** The chosen person's table row, by name. */
function chosenRow(grid: MatrixGrid, chooser: string): string {
  return `MATCH(${chooser},${openColumn(grid, grid.nameCol)},0)`;
}

/** A number, or blank (not 0) when the cell found is empty or nothing is found. */
function numberOrBlank(found: string): LayoutFormula {
  return layoutFormula(`IFERROR(IF(ISNUMBER(${found}),${found},""),"")`);
}

/** The rating of the person named in `chooser` on the `unit`-th unit (0-based). */
export function chosenRating(grid: MatrixGrid, chooser: string, unit: number): LayoutFormula {
  return numberOrBlank(`INDEX(${openBlock(grid)},${chosenRow(grid, chooser)},${unit + 1})`);
}

/** The requirement of that person's role on the unit. */
export function chosenRequirement(grid: MatrixGrid, chooser: string, unit: number): LayoutFormula {
  const role = `INDEX(${openColumn(grid, grid.roleCol)},${chosenRow(grid, chooser)})`;
  return numberOrBlank(`INDEX(${requirementBlock(grid)},MATCH(${role},${roleNames(grid)},0),${unit + 1})`);
}

/** Conditional-format rules for the rating cell at the range's top-left, relative like Excel's own. */
export function ratingRules(grid: MatrixGrid): {
  notRequired: LayoutFormula;
  below: LayoutFormula;
  meets: LayoutFormula;
} {
  const cell = cellAddress(grid.dataTop, grid.firstUnitCol);
  const required = cellRequirement(grid, grid.dataTop, grid.firstUnitCol);
  const isRequired = `IFERROR(${required}<>"",FALSE)`;
  return {
    notRequired: layoutFormula(`NOT(${isRequired})`),
    below: layoutFormula(`AND(ISNUMBER(${cell}),${isRequired},IFERROR(${cell}<${required},FALSE))`),
    meets: layoutFormula(`AND(ISNUMBER(${cell}),${isRequired},IFERROR(${cell}>=${required},FALSE))`),
  };
}

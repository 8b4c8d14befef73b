import { cellAddress, columnLetters } from "../a1";
import { layoutFormula, type LayoutFormula } from "../sheet-plan";
import type { AssessedBlock } from "./indicator-columns";

/** "'職能評核'!": the prefix of a reference to another sheet, quotes doubled. */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** Contiguous runs of absolute columns on one row, as ranges: "D7:F7", "H7". */
function runsOnRow(prefix: string, row: number, columns: readonly number[]): string[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]! + 1) continue;
    const first = cellAddress(row, sorted[start]!);
    const last = cellAddress(row, sorted[i - 1]!);
    runs.push(`${prefix}${first === last ? first : `${first}:${last}`}`);
    start = i;
  }
  return runs;
}

/** Where a task's indicator marks sit: its first column on the assessment sheet. */
export interface TaskMarks {
  firstCol: number;
  /** Indicator count; 0 when the task has nothing to assess. */
  width: number;
  blocks: readonly AssessedBlock[];
}

function taskRange(prefix: string, row: number, marks: TaskMarks): string {
  const first = cellAddress(row, marks.firstCol);
  const last = cellAddress(row, marks.firstCol + marks.width - 1);
  return `${prefix}${first}:${last}`;
}

function blockColumns(marks: TaskMarks, block: AssessedBlock): number[] {
  return block.columns.map((c) => marks.firstCol + c);
}

/**
 * One rater's level on a task: the highest block level whose indicators are all marked `met`,
 * 0 when none is, blank when the rater marked nothing on the task.
 */
export function raterLevel(row: number, marks: TaskMarks, met: string): LayoutFormula {
  if (marks.width === 0) return layoutFormula('""');
  const options = marks.blocks.map((block) => {
    const counts = runsOnRow("", row, blockColumns(marks, block)).map((run) => `COUNTIF(${run},"${met}")`);
    return `IF(${counts.join("+")}=${block.columns.length},${block.level},0)`;
  });
  return layoutFormula(
    `IF(COUNTA(${taskRange("", row, marks)})=0,"",MAX(0${options.map((o) => `,${o}`).join("")}))`,
  );
}

/**
 * The person's level on a task with the manager's mark taking each indicator where there is one,
 * else the self mark: the same rule as `raterLevel` over the merged marks.
 */
export function mergedLevel(
  assessment: string,
  selfRow: number,
  managerRow: number,
  marks: TaskMarks,
  met: string,
): LayoutFormula {
  if (marks.width === 0) return layoutFormula('""');
  const prefix = sheetPrefix(assessment);
  const options = marks.blocks.map((block) => {
    const columns = blockColumns(marks, block);
    const selfRuns = runsOnRow(prefix, selfRow, columns);
    const managerRuns = runsOnRow(prefix, managerRow, columns);
    const counts = managerRuns.map(
      (m, i) => `SUMPRODUCT((${m}="${met}")+(${m}="")*(${selfRuns[i]}="${met}"))`,
    );
    return `IF(${counts.join("+")}=${block.columns.length},${block.level},0)`;
  });
  const both = `${taskRange(prefix, selfRow, marks)},${taskRange(prefix, managerRow, marks)}`;
  return layoutFormula(`IF(COUNTA(${both})=0,"",MAX(0${options.map((o) => `,${o}`).join("")}))`);
}

/** The flag where both raters gave a level on the task and the levels differ. */
export function disagreement(selfLevel: string, managerLevel: string, differs: string): LayoutFormula {
  return layoutFormula(
    `IF(AND(ISNUMBER(${selfLevel}),ISNUMBER(${managerLevel})),IF(${selfLevel}<>${managerLevel},"${differs}",""),"")`,
  );
}

/** A cell of another sheet, blank (not 0) when that cell is empty. */
export function mirror(sheet: string, row: number, col: number): LayoutFormula {
  const ref = `${sheetPrefix(sheet)}${cellAddress(row, col)}`;
  return layoutFormula(`IF(${ref}="","",${ref})`);
}

/** Where the matrix keeps what a below-requirement test needs (0-based, on the matrix sheet). */
export interface MatrixCells {
  sheet: string;
  roleCol: number;
  requirementTop: number;
  requirementBottom: number;
}

/** 1 when the rating (a number) is under the person's role requirement for the unit, else 0. */
export function belowRequirement(matrix: MatrixCells, row: number, col: number): LayoutFormula {
  const prefix = sheetPrefix(matrix.sheet);
  const letters = columnLetters(col);
  const rating = `${prefix}${letters}${row + 1}`;
  const roles = `${prefix}$${columnLetters(matrix.roleCol)}$${matrix.requirementTop + 1}:$${columnLetters(matrix.roleCol)}$${matrix.requirementBottom + 1}`;
  const column = `${prefix}${letters}$${matrix.requirementTop + 1}:${letters}$${matrix.requirementBottom + 1}`;
  const required = `INDEX(${column},MATCH(${prefix}$${columnLetters(matrix.roleCol)}${row + 1},${roles},0))`;
  return layoutFormula(`IFERROR(IF(AND(ISNUMBER(${rating}),${required}<>"",${rating}<${required}),1,0),0)`);
}

/** The item's label (from `labelCell`) when any of the tasks it belongs to is below, else blank. */
export function itemNeeded(row: number, belowCols: readonly number[], labelCell: string): LayoutFormula {
  if (belowCols.length === 0) return layoutFormula('""');
  const cells = belowCols.map((c) => cellAddress(row, c)).join(",");
  return layoutFormula(`IF(MAX(${cells})=1,${labelCell},"")`);
}

export function nonBlankCount(range: string): LayoutFormula {
  return layoutFormula(`SUMPRODUCT(--(LEN(${range})>0))`);
}

/** The non-blank cells of the row's span joined in column order with `separator`. */
export function joinedList(row: number, first: number, last: number, separator: string): LayoutFormula {
  const terms: string[] = [];
  for (let col = first; col <= last; col++) {
    const cell = cellAddress(row, col);
    terms.push(`IF(${cell}<>"","${separator}"&${cell},"")`);
  }
  return layoutFormula(`MID(${terms.join("&")},${separator.length + 1},32767)`);
}

/** A distinct rank by count (ties in column order); blank when nobody needs the item. */
export function itemRank(countRow: number, col: number, first: number, last: number): LayoutFormula {
  const cell = cellAddress(countRow, col);
  const all = `$${columnLetters(first)}$${countRow + 1}:$${columnLetters(last)}$${countRow + 1}`;
  const before = `$${columnLetters(first)}$${countRow + 1}:${cell}`;
  return layoutFormula(`IF(${cell}=0,"",RANK(${cell},${all})+COUNTIF(${before},${cell})-1)`);
}

/** The value on `valueRow` of the column ranked `rankCell`, blank past the last ranked item. */
export function rankedValue(
  rankCell: string,
  rankRow: number,
  valueRow: number,
  first: number,
  last: number,
): LayoutFormula {
  const span = (row: number) => `$${columnLetters(first)}$${row + 1}:$${columnLetters(last)}$${row + 1}`;
  return layoutFormula(`IFERROR(INDEX(${span(valueRow)},MATCH(${rankCell},${span(rankRow)},0)),"")`);
}

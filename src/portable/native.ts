import type { EvaluatedArgument } from "./arguments";
import type { PortableRanges } from "../model";

/** Written as the formula bar shows them; file-form.ts adds the prefixes a file needs. */
const FILTER = "FILTER";
const UNIQUE = "UNIQUE";

/** A text constant in formula syntax. */
export function quoted(text: string): string {
  return `"${text.split('"').join('""')}"`;
}

/** What a builder is given for one call: the data's places and the call's arguments as native text. */
export interface NativeParts {
  ranges: PortableRanges;
  args: readonly EvaluatedArgument[];
  /** The code of the call's standard, as a formula (a constant, or a lookup that follows a cell). */
  standard: string;
  /** "standard|TRIM(argument i)": the key of a code in the standard, for the codes table. */
  codeKey(i: number): string;
  /** The canonical code of argument i in the standard (any case, zero padding): a constant or a lookup. */
  code(i: number): string;
  /** TRIM(argument i), or the constant itself. */
  text(i: number): string;
  /** The code of the standard argument i names: resolved now for a constant, else a lookup that follows its cell. */
  standardOf(i: number): string;
}

/** Which argument names the standard and which the code; what an omitted standard means. */
export interface NativeSignature {
  standardArg: number | null;
  codeArg: number | null;
  /** STANDARDS() reads every loaded standard. */
  readsEveryStandard?: true;
  /**
   * SEARCH without a standard reads every standard: the column its standard is compared with
   * stands in for the omitted one, so the comparison is always true.
   */
  omittedMeansEvery?: (ranges: PortableRanges) => string;
  /** CHANGES compares the standards its two arguments name, both required. */
  comparesArgs?: readonly [number, number];
}

export interface NativeFunction extends NativeSignature {
  build(parts: NativeParts): string;
}

function orNa(formula: string): string {
  return `IFERROR(${formula},NA())`;
}

/** The distinct items of one kind (by code letter) of a task, from the tidy data sheet, in document order. */
function taskItems(letter: string): NativeFunction {
  return {
    standardArg: 1,
    codeArg: 0,
    build: ({ ranges: { data }, standard, code }) =>
      orNa(
        `${UNIQUE}(${FILTER}(${data.items},(${data.standard}=${standard})*(${data.taskCode}=${code(0)})*(LEFT(${data.itemCode},1)="${letter}")))`,
      ),
  };
}

function rowsOfStandard(
  table: (ranges: PortableRanges) => { standard: string; rows: string },
): NativeFunction {
  return {
    standardArg: 0,
    codeArg: null,
    build: ({ ranges, standard }) => {
      const { rows, standard: column } = table(ranges);
      return orNa(`${FILTER}(${rows},${column}=${standard})`);
    },
  };
}

function codeColumn(column: (codes: PortableRanges["codes"]) => string): NativeFunction {
  return {
    standardArg: 1,
    codeArg: 0,
    build: ({ ranges: { codes }, codeKey }) => `INDEX(${column(codes)},MATCH(${codeKey(0)},${codes.keys},0))`,
  };
}

/** A SEARCH query as a literal pattern: SEARCH treats ~, * and ? as wildcards. */
function literalPattern(text: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${text},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * The native formula of each COMPETENCY function, by id: one entry per function, so a new
 * function adds one entry. Each gives the same rows and values as the function over the
 * workbook's data sheet and lookup sheet; a missing task, code or standard gives #N/A.
 */
export const NATIVE_FUNCTIONS: Record<string, NativeFunction> = {
  KNOWLEDGE: taskItems("K"),
  SKILLS: taskItems("S"),
  OUTPUTS: taskItems("O"),
  INDICATORS: taskItems("P"),
  LEVEL: codeColumn((codes) => codes.levels),
  NAME: codeColumn((codes) => codes.texts),
  ATTITUDES: rowsOfStandard((r) => r.attitudes),
  DUTIES: rowsOfStandard((r) => r.duties),
  TASKS: {
    standardArg: 0,
    codeArg: null,
    build: ({ ranges: { tasks, taskLevels }, standard, args, text }) => {
      const all = `${FILTER}(${tasks.rows},${tasks.standard}=${standard})`;
      const atLevel = (level: string) =>
        `${FILTER}(${taskLevels.rows},(${taskLevels.standard}=${standard})*(${taskLevels.level}=${level}))`;
      const level = args[1];
      if (!level || level.text === "") return orNa(all);
      if (level.constant) return orNa(atLevel(String(Number(level.value))));
      return orNa(`IF(${text(1)}="",${all},${atLevel(`VALUE(${text(1)})`)})`);
    },
  },
  REQUIREDBY: {
    standardArg: 1,
    codeArg: 0,
    build: ({ ranges: { data }, standard, code }) =>
      orNa(
        `${UNIQUE}(${FILTER}(${data.tasks},(${data.standard}=${standard})*(${data.itemCode}=${code(0)})))`,
      ),
  },
  SEARCH: {
    standardArg: 1,
    codeArg: null,
    omittedMeansEvery: (ranges) => ranges.search.standard,
    build: ({ ranges: { search }, standard, text }) => {
      const found = `((ISNUMBER(SEARCH(${literalPattern(text(0))},${search.folded}))+(${search.code}=${text(0)}))>0)`;
      return orNa(`${FILTER}(${search.rows},${found}*(${search.standard}=${standard}))`);
    },
  },
  STANDARDS: {
    standardArg: null,
    codeArg: null,
    readsEveryStandard: true,
    build: ({ ranges }) => ranges.standards.rows,
  },
  CHANGES: {
    standardArg: null,
    codeArg: null,
    comparesArgs: [0, 1],
    build: ({ ranges: { changes }, standardOf }) =>
      orNa(`${FILTER}(${changes.rows},${changes.keys}=${standardOf(0)}&"|"&${standardOf(1)})`),
  },
  INFO: {
    standardArg: 1,
    codeArg: null,
    build: ({ ranges: { info }, standard, text }) =>
      `INDEX(${info.values},MATCH(${standard}&"|"&${text(0)},${info.keys},0))`,
  },
};

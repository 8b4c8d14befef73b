import { chooseStandard, type Catalog } from "../catalog";
import { parseCode, type LocalizedText, type PortableRanges, type Result } from "../model";
import {
  evaluateArgument,
  type ArgumentFacts,
  type ArgumentValue,
  type EvaluatedArgument,
  type ReferenceValue,
} from "./arguments";
import { findCompetencyCalls, type CompetencyCall } from "./calls";
import { NATIVE_FUNCTIONS, quoted, type NativeFunction, type NativeParts } from "./native";

/** A function's answer, as functions/values' FunctionValue. */
export type CallValue = string | number | Array<Array<string | number>>;

/** What the rewrite needs to know besides the formula: the catalog and how the add-in answers today. */
export interface RewriteEnvironment {
  catalog: Catalog;
  defaultStandard: string | null;
  /**
   * Today's answer of a call, exactly as the add-in computes it (the CLI passes callFunction):
   * a call answering an error is left as it is, and a call that is the whole formula is sized
   * to its answer. Without it (in Excel, whose native formulas spill by themselves) every call
   * is rewritten and a missing code or standard shows #N/A.
   */
  evaluate?(id: string, args: readonly ArgumentValue[]): Result<CallValue>;
  valueOf: ReferenceValue;
  /** Every COMPETENCY function id (the CLI passes them all): a call of one without a native form is left, and said so. */
  functionIds?: readonly string[];
}

export interface CellSize {
  rows: number;
  columns: number;
}

/** A formula whose COMPETENCY calls can all be rewritten, and what the rewrite needs. */
export interface PortableFormula {
  kind: "portable";
  /** The native formula (without "="), given where the data and lookup tables are. */
  render(ranges: PortableRanges): string;
  /** Codes of the standards the calls read today. */
  standards: Set<string>;
  /** Some call reads every loaded standard (STANDARDS, SEARCH without a standard). */
  everyStandard: boolean;
  /** "older|newer" codes of the pairs CHANGES calls compare today. */
  changePairs: Set<string>;
  /** Some CHANGES call names a standard by a cell or an expression: any pair may be asked for later. */
  changesFollowCells: boolean;
  /** Whether a call leaves its standard to the workbook's default. */
  usesDefault: boolean;
  /** Cells today's result fills: the whole result of a call that is the formula, else one cell. */
  size: CellSize;
  /** Calls rewritten, by function id. */
  counts: Record<string, number>;
}

export type FormulaAnalysis =
  { kind: "none" } | { kind: "unresolved"; problems: LocalizedText[] } | PortableFormula;

interface Analyzed {
  call: CompetencyCall;
  native: NativeFunction;
  args: ArgumentFacts[];
  /** The standard's code chosen today, for constants and for an omitted standard without a default. */
  chosen: string | null;
  inner: Analyzed[];
}

function sizeOf(value: CallValue): CellSize {
  return Array.isArray(value)
    ? { rows: value.length, columns: value[0]?.length ?? 1 }
    : { rows: 1, columns: 1 };
}

function isOmitted(argument: ArgumentFacts | undefined): boolean {
  return !argument || argument.value === null || (argument.constant && String(argument.value).trim() === "");
}

/**
 * Finds the COMPETENCY calls of a formula (any form, any depth) and checks each against today's
 * answer: a call whose arguments are not constants or cell references, or whose answer is an
 * error (unknown standard or code), makes the formula unresolved, to be left as it is.
 */
export function analyzeFormula(formula: string, environment: RewriteEnvironment): FormulaAnalysis {
  const ids = environment.functionIds ?? Object.keys(NATIVE_FUNCTIONS);
  const { calls, unreadable } = findCompetencyCalls(formula, ids);
  if (unreadable || calls.length === 0) return { kind: "none" };
  const problems: LocalizedText[] = [];
  const withoutNative = (call: CompetencyCall): string[] => [
    ...(NATIVE_FUNCTIONS[call.id] ? [] : [call.id]),
    ...call.inner.flatMap(withoutNative),
  ];
  const missing = [...new Set(calls.flatMap(withoutNative))];
  if (missing.length > 0) {
    const names = missing.map((id) => `COMPETENCY.${id}`).join(", ");
    return {
      kind: "unresolved",
      problems: [{ zh: `${names} 還沒有原生公式的寫法。`, en: `${names} has no native formula yet.` }],
    };
  }
  const result: PortableFormula = {
    kind: "portable",
    render: () => "",
    standards: new Set(),
    everyStandard: false,
    changePairs: new Set(),
    changesFollowCells: false,
    usesDefault: false,
    size: { rows: 1, columns: 1 },
    counts: {},
  };

  const analyze = (call: CompetencyCall): Analyzed => {
    const native = NATIVE_FUNCTIONS[call.id]!;
    const inner = call.inner.map(analyze);
    const args = call.args.map((arg) => evaluateArgument(arg, environment.valueOf));
    result.counts[call.id] = (result.counts[call.id] ?? 0) + 1;
    const unknown = args.findIndex((a) => a.value === undefined);
    if (unknown >= 0 && environment.evaluate) {
      problems.push({
        zh: `COMPETENCY.${call.id} 的第 ${unknown + 1} 個引數不是常數或儲存格參照。`,
        en: `Argument ${unknown + 1} of COMPETENCY.${call.id} is not a constant or a cell reference.`,
      });
      return { call, native, args, chosen: null, inner };
    }
    if (unknown >= 0) {
      // Its native formula follows any expression; which standard it reads is known only then.
      result.everyStandard = true;
      return { call, native, args, chosen: chooseToday(native, args, environment, result), inner };
    }
    const answer = environment.evaluate?.(
      call.id,
      args.map((a) => a.value ?? null),
    );
    if (answer && !answer.ok) {
      problems.push(answer.error.message);
      return { call, native, args, chosen: null, inner };
    }
    const isWholeFormula =
      ["", "="].includes(formula.slice(0, call.start).trim()) && formula.slice(call.end).trim() === "";
    if (answer && isWholeFormula) result.size = sizeOf(answer.value);
    return { call, native, args, chosen: chooseToday(native, args, environment, result), inner };
  };

  const analyzed = calls.map(analyze);
  if (problems.length > 0) return { kind: "unresolved", problems };
  const body = formula.startsWith("=") ? 1 : 0;
  result.render = (ranges) => splice(formula, body, formula.length, analyzed, environment, ranges);
  return result;
}

/** The standard a call reads today, recorded in `result`; its code when the formula fixes it. */
function chooseToday(
  native: NativeFunction,
  args: readonly ArgumentFacts[],
  environment: RewriteEnvironment,
  result: PortableFormula,
): string | null {
  if (native.readsEveryStandard) {
    result.everyStandard = true;
    return null;
  }
  if (native.comparesArgs) {
    compareToday(native.comparesArgs, args, environment, result);
    return null;
  }
  if (native.standardArg === null) return null;
  const argument = args[native.standardArg];
  if (isOmitted(argument) && native.omittedMeansEvery) {
    result.everyStandard = true;
    return null;
  }
  if (isOmitted(argument) && environment.defaultStandard) result.usesDefault = true;
  if (argument && !argument.constant && environment.defaultStandard) result.usesDefault = true;
  if (argument?.value === undefined && argument) return null;
  const code = native.codeArg === null ? undefined : codeOf(args[native.codeArg]);
  const reference = isOmitted(argument) ? null : String(argument!.value).trim();
  const entry = chooseStandard(environment.catalog, environment.defaultStandard, reference, code);
  if (!entry.ok) return null;
  result.standards.add(entry.value.standard.code);
  return entry.value.standard.code;
}

/** The code of the standard an argument names today, or null when it names none. */
function resolvedCode(argument: ArgumentFacts | undefined, catalog: Catalog): string | null {
  if (isOmitted(argument) || argument!.value === undefined) return null;
  const entry = catalog.resolve(String(argument!.value).trim());
  return entry.ok ? entry.value.standard.code : null;
}

/** Records the standards a CHANGES call compares today, and its pair. */
function compareToday(
  [older, newer]: readonly [number, number],
  args: readonly ArgumentFacts[],
  environment: RewriteEnvironment,
  result: PortableFormula,
): void {
  const codes = [args[older], args[newer]].map((a) => resolvedCode(a, environment.catalog));
  codes.forEach((code) => code && result.standards.add(code));
  if (codes[0] && codes[1]) result.changePairs.add(`${codes[0]}|${codes[1]}`);
  if (!args[older]?.constant || !args[newer]?.constant) result.changesFollowCells = true;
}

function codeOf(argument: ArgumentFacts | undefined): string | undefined {
  if (!argument || argument.value === null || argument.value === undefined) return undefined;
  return parseCode(String(argument.value))?.code;
}

/** The text of formula[start, end) with every analysed call in it replaced by its native formula. */
function splice(
  formula: string,
  start: number,
  end: number,
  calls: readonly Analyzed[],
  environment: RewriteEnvironment,
  ranges: PortableRanges,
): string {
  let text = "";
  let at = start;
  for (const analyzed of calls) {
    if (analyzed.call.start < start || analyzed.call.end > end) continue;
    text += formula.slice(at, analyzed.call.start) + renderCall(formula, analyzed, environment, ranges);
    at = analyzed.call.end;
  }
  return text + formula.slice(at, end);
}

function renderCall(
  formula: string,
  analyzed: Analyzed,
  environment: RewriteEnvironment,
  ranges: PortableRanges,
): string {
  const { call, native, chosen } = analyzed;
  const args = analyzed.args.map((argument, i) => ({
    ...argument,
    text: splice(formula, call.args[i]!.start, call.args[i]!.end, analyzed.inner, environment, ranges).trim(),
  }));
  const text = (i: number): string => {
    const argument = args[i];
    if (!argument || argument.text === "") return '""';
    return argument.constant ? quoted(String(argument.value).trim()) : `TRIM(${argument.text})`;
  };
  const canonicalCode = (i: number): string | null => {
    const code = args[i]?.constant ? codeOf(args[i]) : undefined;
    return code ? quoted(code) : null;
  };
  const standard = standardFormula(native, args, chosen, environment, ranges);
  const standardOf = (i: number): string => {
    const argument = args[i];
    if (!argument || argument.constant) {
      const code = resolvedCode(argument, environment.catalog);
      return code ? quoted(code) : "NA()";
    }
    return `INDEX(${ranges.references.codes},MATCH(TRIM(${argument.text}),${ranges.references.keys},0))`;
  };
  const parts: NativeParts = {
    ranges,
    args,
    standard,
    standardOf,
    text,
    codeKey: (i) => `${standard}&"|"&${canonicalCode(i) ?? text(i)}`,
    code: (i) =>
      canonicalCode(i) ??
      `INDEX(${ranges.codes.codes},MATCH(${standard}&"|"&${text(i)},${ranges.codes.keys},0))`,
  };
  return native.build(parts);
}

/** The standard's code as a formula: a constant when the call fixes it, else a lookup that follows its cell. */
function standardFormula(
  native: NativeFunction,
  args: readonly EvaluatedArgument[],
  chosen: string | null,
  environment: RewriteEnvironment,
  ranges: PortableRanges,
): string {
  if (native.standardArg === null) return "";
  const argument = args[native.standardArg];
  const lookup = (reference: string) =>
    `INDEX(${ranges.references.codes},MATCH(TRIM(${reference}),${ranges.references.keys},0))`;
  const omitted = native.omittedMeansEvery
    ? native.omittedMeansEvery(ranges)
    : environment.defaultStandard
      ? lookup(ranges.defaultReference)
      : chosen !== null && isOmitted(argument)
        ? quoted(chosen)
        : "NA()";
  if (isOmitted(argument) && (!argument || argument.constant)) return omitted;
  if (argument!.constant) return quoted(chosen ?? String(argument!.value));
  return `IF(TRIM(${argument!.text})="",${omitted},${lookup(argument!.text)})`;
}

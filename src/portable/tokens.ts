/**
 * Excel formula tokens from the npm package @borgar/fx, in its xlsx mode (which also reads the
 * file's `[1]Sheet1!A1` and `[1]!Name` forms), each with the offsets the package gives, so a
 * caller can replace the exact span of a call and leave every other character as it was. The
 * package's flat tokens are shaped into calls, groups and array constants here; a formula whose
 * brackets, separators or characters do not make sense is reported as unreadable, never guessed.
 */
import { tokenize as fxTokenize, tokenTypes, type Token as FxToken } from "@borgar/fx/xlsx";
import type { LocalizedText } from "../model";
import { TOKEN_PROBLEMS } from "./token-problems";

export type TokenType =
  | "operand"
  | "function-start"
  | "function-stop"
  | "subexpr-start"
  | "subexpr-stop"
  | "argument-separator"
  | "array-start"
  | "array-stop"
  | "array-separator"
  | "operator"
  | "whitespace";

export type OperandKind = "text" | "number" | "logical" | "error" | "reference";

export interface Token {
  type: TokenType;
  /** The token's source text; for a function start its name, for a text operand the unquoted text. */
  value: string;
  operand?: OperandKind;
  /** Offsets into the formula text: [start, end). */
  start: number;
  end: number;
}

export type Tokenized =
  | { ok: true; tokens: Token[] }
  /** `functionNames`: the names of the functions the package read in the formula. */
  | { ok: false; at: number; problem: LocalizedText; functionNames: string[] };

/** A package token with its offsets. */
interface Read {
  type: string;
  start: number;
  end: number;
  unterminated: boolean;
}

const REFERENCE_TYPES: ReadonlySet<string> = new Set([
  tokenTypes.REF_RANGE,
  tokenTypes.REF_BEAM,
  tokenTypes.REF_TERNARY,
  tokenTypes.REF_NAMED,
  tokenTypes.REF_STRUCT,
]);
const CONTEXT_TYPES: ReadonlySet<string> = new Set([tokenTypes.CONTEXT, tokenTypes.CONTEXT_QUOTE]);
const OPERAND_KINDS: Readonly<Record<string, OperandKind>> = {
  [tokenTypes.STRING]: "text",
  [tokenTypes.NUMBER]: "number",
  [tokenTypes.BOOLEAN]: "logical",
  [tokenTypes.ERROR]: "error",
};

type Scope = "function" | "subexpr" | "array";

class Unreadable extends Error {
  constructor(
    readonly at: number,
    readonly problem: LocalizedText,
  ) {
    super(problem.en);
  }
}

function packageRead(formula: string, r1c1: boolean): Read[] {
  return fxTokenize(formula, { withLocation: true, mergeRefs: true, negativeNumbers: false, r1c1 }).map(
    (t: FxToken) => ({
      type: t.type,
      start: t.loc![0]!,
      end: t.loc![1]!,
      unterminated: t.unterminated === true,
    }),
  );
}

/**
 * The package reads A1 or R1C1 references, one style a reading: where the A1 reading holds
 * characters it cannot place, the R1C1 reading of the same span is taken when it places them all.
 */
function withR1C1(formula: string, a1: Read[]): Read[] {
  if (!a1.some((t) => t.type === tokenTypes.UNKNOWN)) return a1;
  const r1c1 = packageRead(formula, true);
  let tokens = a1;
  for (const unknown of a1.filter((t) => t.type === tokenTypes.UNKNOWN)) {
    let [start, end] = [unknown.start, unknown.end];
    const overlapping = (list: Read[]): Read[] => list.filter((t) => t.end > start && t.start < end);
    // Widen the span until both readings have a token boundary at each of its ends.
    for (let widened = true; widened;) {
      const all = [...overlapping(tokens), ...overlapping(r1c1)];
      const [from, to] = [Math.min(...all.map((t) => t.start)), Math.max(...all.map((t) => t.end))];
      widened = from < start || to > end;
      [start, end] = [from, to];
    }
    const replacement = overlapping(r1c1);
    if (replacement.some((t) => t.type === tokenTypes.UNKNOWN)) continue;
    tokens = [
      ...tokens.filter((t) => t.end <= start),
      ...replacement,
      ...tokens.filter((t) => t.start >= end),
    ];
  }
  return tokens;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Whether the text at `at` opens a quoted path with a drive letter: 'C:\ or 'C:/ */
function opensDrivePath(formula: string, at: number): boolean {
  const [quote, letter, colon, slash] = formula.slice(at, at + 4);
  return (
    quote === "'" &&
    letter !== undefined &&
    LETTERS.includes(letter.toUpperCase()) &&
    colon === ":" &&
    (slash === "\\" || slash === "/")
  );
}

/**
 * The package cannot read a quoted path with a drive letter ("'C:\work\[Book1.xlsx]Sheet1'!A1"):
 * it takes the colon for a sheet range. It is read with a stand-in of the same length there.
 */
function driveLetterStandIns(formula: string, read: Read[]): string {
  let text = formula;
  for (const t of read) {
    if (t.type === tokenTypes.UNKNOWN && opensDrivePath(formula, t.start))
      text = `${text.slice(0, t.start + 2)}_${text.slice(t.start + 3)}`;
  }
  return text;
}

function unquote(source: string): string {
  return source.slice(1, -1).split('""').join('"');
}

/** Shapes the package's tokens into the tokens callers walk; throws Unreadable where they make no sense. */
function shape(formula: string, read: Read[]): Token[] {
  const tokens: Token[] = [];
  const scopes: Scope[] = [];
  const source = (t: Read): string => formula.slice(t.start, t.end);
  const push = (type: TokenType, start: number, end: number, operand?: OperandKind): void => {
    const text = formula.slice(start, end);
    const value = operand === "text" ? unquote(text) : text;
    tokens.push({ type, value, ...(operand ? { operand } : {}), start, end });
  };
  const close = (scope: Scope, type: TokenType, t: Read): void => {
    if (scopes.pop() !== scope) throw new Unreadable(t.start, TOKEN_PROBLEMS.unbalanced);
    push(type, t.start, t.end);
  };

  for (let i = 0; i < read.length; i++) {
    const t = read[i]!;
    const text = source(t);
    const previous = tokens.at(-1);
    if (t.type === tokenTypes.FX_PREFIX) continue;
    if (t.type === tokenTypes.WHITESPACE || t.type === tokenTypes.NEWLINE) {
      // One whitespace token for a run of spaces and line breaks.
      if (previous?.type === "whitespace") {
        previous.end = t.end;
        previous.value = formula.slice(previous.start, previous.end);
      } else push("whitespace", t.start, t.end);
    } else if (t.type === tokenTypes.FUNCTION) {
      if (read[i + 1]?.type !== tokenTypes.OPERATOR || source(read[i + 1]!) !== "(")
        throw new Unreadable(t.end, TOKEN_PROBLEMS.mismatch(t.end, formula.slice(t.end, t.end + 12)));
      const end = read[++i]!.end;
      tokens.push({ type: "function-start", value: text, start: t.start, end });
      scopes.push("function");
    } else if (CONTEXT_TYPES.has(t.type)) {
      // "[2]!_xldudf_X(" and "Sheet2!#REF!": a prefix and what it qualifies are one token.
      const [bang, target] = [read[i + 1], read[i + 2]];
      const qualified = bang && source(bang) === "!" && target?.start === bang.end;
      if (qualified && target.type === tokenTypes.FUNCTION && source(read[i + 3] ?? t) === "(") {
        i += 3;
        tokens.push({
          type: "function-start",
          value: formula.slice(t.start, target.end),
          start: t.start,
          end: read[i]!.end,
        });
        scopes.push("function");
      } else if (qualified && target.type === tokenTypes.ERROR) {
        i += 2;
        push("operand", t.start, target.end, "reference");
      } else
        throw new Unreadable(t.start, TOKEN_PROBLEMS.mismatch(t.start, formula.slice(t.start, t.start + 12)));
    } else if (REFERENCE_TYPES.has(t.type)) {
      push("operand", t.start, t.end, "reference");
    } else if (OPERAND_KINDS[t.type]) {
      if (t.unterminated) throw new Unreadable(t.start, TOKEN_PROBLEMS.unclosed);
      push("operand", t.start, t.end, OPERAND_KINDS[t.type]);
    } else if (t.type === tokenTypes.UNKNOWN) {
      if (text.includes("[")) throw new Unreadable(t.start, TOKEN_PROBLEMS.bracket);
      throw new Unreadable(t.start, TOKEN_PROBLEMS.mismatch(t.start, formula.slice(t.start, t.start + 12)));
    } else if (text === "#") {
      // A spill reference ("A1#"): the "#" right after a reference is part of it.
      if (previous?.operand !== "reference" || previous.end !== t.start)
        throw new Unreadable(t.start, TOKEN_PROBLEMS.hash(t.start));
      previous.end = t.end;
      previous.value = formula.slice(previous.start, previous.end);
    } else if (text === "(") {
      scopes.push("subexpr");
      push("subexpr-start", t.start, t.end);
    } else if (text === ")") {
      if (scopes.at(-1) === "function") close("function", "function-stop", t);
      else close("subexpr", "subexpr-stop", t);
    } else if (text === "{") {
      scopes.push("array");
      push("array-start", t.start, t.end);
    } else if (text === "}") {
      close("array", "array-stop", t);
    } else if (text === "," || text === ";") {
      const scope = scopes.at(-1);
      if (scope === "array") push("array-separator", t.start, t.end);
      else if (scope === "function" && text === ",") push("argument-separator", t.start, t.end);
      else throw new Unreadable(t.start, TOKEN_PROBLEMS.separator(t.start, text));
    } else {
      push("operator", t.start, t.end);
    }
  }
  if (scopes.length > 0) throw new Unreadable(formula.length, TOKEN_PROBLEMS.unclosed);
  return tokens;
}

export function tokenize(formula: string): Tokenized {
  const first = packageRead(formula, false);
  const text = driveLetterStandIns(formula, first);
  const read = withR1C1(text, text === formula ? first : packageRead(text, false));
  try {
    return { ok: true, tokens: shape(formula, read) };
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    const functionNames = read
      .filter((t) => t.type === tokenTypes.FUNCTION)
      .map((t) => formula.slice(t.start, t.end));
    return { ok: false, at: error.at, problem: error.problem, functionNames };
  }
}

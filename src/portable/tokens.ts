/**
 * Excel formula tokens from the npm package excel-formula-tokenizer (E. W. Bachtal's algorithm),
 * each with its offsets in the formula text so a caller can replace the exact span of a call and
 * leave every other character as it was. The package gives no positions and drops or normalizes
 * some source text (whitespace, the leading "=", a unary "+", "@" before a function, doubled
 * quotes in sheet names), so each token's source text is rebuilt and matched against the formula
 * character by character; where they differ the formula is reported as unreadable, never guessed.
 * What it misreads after a "#" (a spill reference, #SPILL!, #CALC!) it reads again with a stand-in
 * of the same length there, so every offset stays the formula's own.
 */
import * as bachtal from "excel-formula-tokenizer";
import type { Token as BachtalToken } from "excel-formula-tokenizer";
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
  /** `functionNames`: the names the package read as functions before the formula proved unreadable. */
  | { ok: false; at: number; problem: LocalizedText; functionNames: string[] };

// The package's index.d.ts declares tokenize without exporting it; index.js exports it.
const packageTokenize = (bachtal as unknown as { tokenize(formula: string): BachtalToken[] }).tokenize;

/** Whitespace the package skips between tokens (it strips line breaks from the tokens next to them). */
const SPACE = " \r\n";
/**
 * Errors newer than the package's list, which reads everything after them as one unfinished
 * error: each is given to the package as a known error of the same length.
 */
const NEWER_ERRORS: Record<string, string> = { "#SPILL!": "#VALUE!", "#CALC!": "#NAME?" };
/** What the package reads as part of a reference: it stands in for a spill operator ("A1#"). */
const SPILL_STAND_IN = "_";

type Scope = "function" | "subexpr" | "array" | "row";

/** The package misreads the formula at `at`: read it again with `standIn` there (as long as what it replaces). */
class Respell extends Error {
  constructor(
    readonly at: number,
    readonly standIn: string,
  ) {
    super(`respell at ${at}`);
  }
}

class Unreadable extends Error {
  constructor(
    readonly at: number,
    readonly problem: LocalizedText,
  ) {
    super(problem.en);
  }
}

/**
 * Where an operand's text read by the package ends in the formula from `start`, or -1: a quoted
 * sheet name's doubled quote is one quote in the package's text; inside brackets a quote is itself.
 */
function operandEnd(formula: string, start: number, text: string): number {
  let j = start;
  let quoted = false;
  let bracketed = false;
  for (const c of text) {
    if (quoted && c === "'" && formula[j] === "'" && formula[j + 1] === "'") {
      j += 2;
      continue;
    }
    if (formula[j] !== c) return -1;
    if (c === "'" && !bracketed) quoted = !quoted;
    else if (c === "[" && !quoted) bracketed = true;
    else if (c === "]" && !quoted) bracketed = false;
    j++;
  }
  return j;
}

/** How many more "[" than "]" a structured reference's text has ('-escaped brackets left out). */
function bracketDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") i++;
    else if (text[i] === "[") depth++;
    else if (text[i] === "]") depth--;
  }
  return depth;
}

function operandKind(token: BachtalToken, text: string): OperandKind {
  if (token.subtype === "error") return "error";
  if (token.subtype === "number") return Number.isFinite(Number(text)) ? "number" : "reference";
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return "logical";
  return "reference";
}

/**
 * Rebuilds the package's tokens over the text it read (the formula, perhaps with stand-ins);
 * throws Unreadable, quoting the formula itself, where they part.
 */
function locate(formula: string, read: readonly BachtalToken[], original: string): Token[] {
  const tokens: Token[] = [];
  const scopes: Scope[] = [];
  let p = 0;
  while (formula[p] === " ") p++;
  if (formula[p] === "=") p++;

  const mismatch = (): never => {
    if (formula[p] === '"') throw new Unreadable(p, TOKEN_PROBLEMS.unclosed);
    throw new Unreadable(p, TOKEN_PROBLEMS.mismatch(p, original.slice(p, p + 12)));
  };
  const push = (type: TokenType, source: string, value = source, operand?: OperandKind): void => {
    if (!formula.startsWith(source, p)) mismatch();
    tokens.push({ type, value, ...(operand ? { operand } : {}), start: p, end: p + source.length });
    p += source.length;
  };
  const close = (scope: Scope, type: TokenType, source: string): void => {
    if (scopes.pop() !== scope) throw new Unreadable(p, TOKEN_PROBLEMS.unbalanced);
    if (source !== "") push(type, source);
  };
  const skipSpace = (): boolean => {
    const from = p;
    while (p < formula.length && SPACE.includes(formula[p]!)) p++;
    if (p > from) tokens.push({ type: "whitespace", value: formula.slice(from, p), start: from, end: p });
    return p > from;
  };
  const operand = (token: BachtalToken): void => {
    if (token.subtype === "text") {
      push("operand", `"${token.value.split('"').join('""')}"`, token.value, "text");
      return;
    }
    if (token.value.startsWith("#") && token.subtype !== "error") {
      const previous = tokens.at(-1);
      // "A1#": the package ends "A1" at the "#" and reads the rest of the formula as an error.
      if (previous?.operand === "reference" && previous.end === p) throw new Respell(p, SPILL_STAND_IN);
      const newer = Object.keys(NEWER_ERRORS).find((e) => token.value.toUpperCase().startsWith(e));
      if (newer) throw new Respell(p, NEWER_ERRORS[newer]!);
      throw new Unreadable(p, TOKEN_PROBLEMS.hash(p));
    }
    if (token.value.startsWith("@")) push("operator", "@");
    const text = token.value.startsWith("@") ? token.value.slice(1) : token.value;
    const end = operandEnd(formula, p, text);
    if (end < 0) mismatch();
    const source = formula.slice(p, end);
    push("operand", source, source, operandKind(token, text));
  };

  for (const token of read) {
    const spaced = skipSpace();
    // The package drops a unary "+" (a no-op).
    while (formula[p] === "+" && !(token.type.startsWith("operator") && token.value === "+")) {
      push("operator", "+");
      skipSpace();
    }
    if (token.type === "function" && token.subtype === "start") {
      if (token.value === "ARRAY" && formula[p] === "{") {
        scopes.push("array");
        push("array-start", "{");
      } else if (token.value === "ARRAYROW" && scopes.at(-1) === "array") {
        scopes.push("row");
      } else {
        if (formula[p] === "@") push("operator", "@");
        push("function-start", `${token.value}(`, token.value);
        scopes.push("function");
      }
    } else if (token.type === "function" && token.subtype === "stop") {
      // A ";" outside an array constant: the package reads it as the end of an array row.
      if (token.value === "ARRAYROW" && scopes.at(-1) !== "row")
        throw new Unreadable(p, TOKEN_PROBLEMS.separator(p, ";"));
      if (token.value === "ARRAYROW") close("row", "array-stop", "");
      else if (token.value === "ARRAY") close("array", "array-stop", "}");
      else close("function", "function-stop", ")");
    } else if (token.type === "subexpression") {
      if (token.subtype === "start") {
        scopes.push("subexpr");
        push("subexpr-start", "(");
      } else close("subexpr", "subexpr-stop", ")");
    } else if (token.type === "argument") {
      const scope = scopes.at(-1);
      if (scope === "row" || (scope === "array" && token.value === ";")) push("array-separator", token.value);
      else if (scope === "function" && token.value === ",") push("argument-separator", ",");
      else throw new Unreadable(p, TOKEN_PROBLEMS.separator(p, token.value));
    } else if (token.type === "operator-infix" && token.subtype === "intersect") {
      if (!spaced) mismatch();
    } else if (token.type === "operand" || token.type === "unknown") {
      operand(token);
    } else {
      push("operator", token.value);
    }
  }
  skipSpace();
  if (p < formula.length) mismatch();
  if (scopes.length > 0) throw new Unreadable(formula.length, TOKEN_PROBLEMS.unclosed);
  return tokens;
}

/**
 * Joins what the package splits: "Sheet1!" and "#REF!", and a structured reference whose inner
 * brackets its "," or space cut ("Table1[[#This Row],[Code]]"). Every operand's and function
 * name's text is the formula's own (not a stand-in's).
 */
function joinReferences(formula: string, tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = joined.at(-1);
    const adjacent =
      previous?.operand === "reference" &&
      token.type === "operand" &&
      token.operand !== "text" &&
      previous.end === token.start &&
      previous.value.endsWith("!");
    if (adjacent) {
      previous.end = token.end;
      previous.value = formula.slice(previous.start, previous.end);
      continue;
    }
    joined.push({ ...token });
    const current = joined.at(-1)!;
    // A quoted sheet name holds no structured reference (and may hold a bracketed workbook name).
    const structured = current.operand === "reference" && !current.value.startsWith("'");
    let depth = structured ? bracketDepth(current.value) : 0;
    while (depth > 0 && i + 1 < tokens.length) {
      const next = tokens[++i]!;
      depth += bracketDepth(next.value);
      current.end = next.end;
    }
    if (depth > 0) throw new Unreadable(current.start, TOKEN_PROBLEMS.bracket);
    if (current.type === "function-start") current.value = formula.slice(current.start, current.end - 1);
    else if (current.operand !== "text") current.value = formula.slice(current.start, current.end);
  }
  return joined;
}

function readWithPackage(formula: string): BachtalToken[] {
  try {
    return packageTokenize(formula);
  } catch {
    // The package fails only on a ")" or "}" that closes nothing.
    throw new Unreadable(0, TOKEN_PROBLEMS.unbalanced);
  }
}

export function tokenize(formula: string): Tokenized {
  let text = formula;
  let read: BachtalToken[] = [];
  try {
    // Each stand-in replaces a "#" the package misread: at most one more reading per "#".
    for (;;) {
      try {
        read = readWithPackage(text);
        return { ok: true, tokens: joinReferences(formula, locate(text, read, formula)) };
      } catch (error) {
        if (!(error instanceof Respell)) throw error;
        text = text.slice(0, error.at) + error.standIn + text.slice(error.at + error.standIn.length);
      }
    }
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    const functionNames = read
      .filter((t) => t.type === "function" && t.subtype === "start")
      .map((t) => t.value);
    return { ok: false, at: error.at, problem: error.problem, functionNames };
  }
}

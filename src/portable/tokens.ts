/**
 * Excel formula tokens, after E. W. Bachtal's tokenizer (the algorithm of the npm package
 * excel-formula-tokenizer): a scan character by character that knows strings, quoted sheet
 * names, bracketed (external and structured) references, error literals, array constants and
 * which parenthesis opens a function. Each token keeps its offsets in the formula text, so a
 * caller can replace the exact span of a call and leave every other character as it was.
 */
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

export type Tokenized = { ok: true; tokens: Token[] } | { ok: false; at: number };

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];
const OPERATORS = "+-*/^&=<>%@";
const TWO_CHAR_OPERATORS = new Set([">=", "<=", "<>"]);
const WHITESPACE = " \t\r\n";

type Scope = "function" | "subexpr" | "array";

function operandKind(text: string): OperandKind {
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return "logical";
  if (text !== "" && "0123456789.".includes(text[0]!) && Number.isFinite(Number(text))) return "number";
  return "reference";
}

/** An operand like "1.5E" waits for its exponent's sign: "1.5E+3" is one number. */
function awaitsExponentSign(operand: string): boolean {
  if (operand.length < 2 || operand.at(-1)!.toUpperCase() !== "E") return false;
  return "0123456789.".includes(operand[0]!) && Number.isFinite(Number(operand.slice(0, -1)));
}

/** Where a quoted run that starts at `open` ends (after its closing quote; doubled quotes stay inside), or -1. */
function quotedEnd(formula: string, open: number, quote: string): number {
  for (let i = open + 1; i < formula.length; i++) {
    if (formula[i] !== quote) continue;
    if (formula[i + 1] === quote) i++;
    else return i + 1;
  }
  return -1;
}

/** Where a bracketed run that starts at `open` ends (nested brackets and '-escapes inside), or -1. */
function bracketEnd(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const c = formula[i];
    if (c === "'") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
  }
  return -1;
}

export function tokenize(formula: string): Tokenized {
  const tokens: Token[] = [];
  const scopes: Scope[] = [];
  let i = formula.startsWith("=") ? 1 : 0;
  let operandStart = -1;

  const push = (type: TokenType, start: number, end: number, value = formula.slice(start, end)): void => {
    tokens.push({ type, value, start, end });
  };
  const endOperand = (end: number): void => {
    if (operandStart < 0) return;
    const value = formula.slice(operandStart, end);
    tokens.push({ type: "operand", operand: operandKind(value), value, start: operandStart, end });
    operandStart = -1;
  };
  const extendOperand = (start: number): void => {
    if (operandStart < 0) operandStart = start;
  };

  while (i < formula.length) {
    const c = formula[i]!;
    if (c === '"') {
      endOperand(i);
      const end = quotedEnd(formula, i, '"');
      if (end < 0) return { ok: false, at: i };
      const text = formula
        .slice(i + 1, end - 1)
        .split('""')
        .join('"');
      tokens.push({ type: "operand", operand: "text", value: text, start: i, end });
      i = end;
    } else if (c === "'" || c === "[") {
      const end = c === "'" ? quotedEnd(formula, i, "'") : bracketEnd(formula, i);
      if (end < 0) return { ok: false, at: i };
      extendOperand(i);
      i = end;
    } else if (c === "#") {
      const error = ERRORS.find((e) => formula.slice(i, i + e.length).toUpperCase() === e);
      if (operandStart >= 0 || !error) {
        // A spill reference (A1#) or an error inside a reference (Sheet1!#REF!) belongs to its operand.
        extendOperand(i);
        i += error?.length ?? 1;
      } else {
        tokens.push({ type: "operand", operand: "error", value: error, start: i, end: i + error.length });
        i += error.length;
      }
    } else if (c === "{") {
      endOperand(i);
      scopes.push("array");
      push("array-start", i, ++i);
    } else if (c === "}") {
      endOperand(i);
      if (scopes.pop() !== "array") return { ok: false, at: i };
      push("array-stop", i, ++i);
    } else if (c === "(") {
      if (operandStart >= 0) {
        const name = formula.slice(operandStart, i);
        tokens.push({ type: "function-start", value: name, start: operandStart, end: i + 1 });
        operandStart = -1;
        scopes.push("function");
      } else {
        scopes.push("subexpr");
        push("subexpr-start", i, i + 1);
      }
      i++;
    } else if (c === ")") {
      endOperand(i);
      const scope = scopes.pop();
      if (scope !== "function" && scope !== "subexpr") return { ok: false, at: i };
      push(scope === "function" ? "function-stop" : "subexpr-stop", i, ++i);
    } else if (c === "," || c === ";") {
      endOperand(i);
      const scope = scopes.at(-1);
      if (scope === "array") push("array-separator", i, ++i);
      else if (scope === "function") push("argument-separator", i, ++i);
      else push("operator", i, ++i);
    } else if (WHITESPACE.includes(c)) {
      endOperand(i);
      const start = i;
      while (i < formula.length && WHITESPACE.includes(formula[i]!)) i++;
      push("whitespace", start, i);
    } else if (
      OPERATORS.includes(c) &&
      !(operandStart >= 0 && "+-".includes(c) && awaitsExponentSign(formula.slice(operandStart, i)))
    ) {
      endOperand(i);
      const width = TWO_CHAR_OPERATORS.has(formula.slice(i, i + 2)) ? 2 : 1;
      push("operator", i, i + width);
      i += width;
    } else {
      extendOperand(i);
      i++;
    }
  }
  endOperand(i);
  if (scopes.length > 0) return { ok: false, at: formula.length };
  return { ok: true, tokens };
}

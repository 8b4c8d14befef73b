import type { LocalizedText } from "../model";
import { competencyFunction, type CallForm } from "./function-name";
import { tokenize, type Token } from "./tokens";

/** One argument of a call: its span in the formula and its tokens (whitespace left out). */
export interface CallArgument {
  start: number;
  end: number;
  tokens: Token[];
}

/** A COMPETENCY call found in a formula, with the calls nested in its arguments. */
export interface CompetencyCall {
  id: string;
  form: CallForm;
  /** Span of the whole call, name to closing parenthesis: [start, end). */
  start: number;
  end: number;
  /** Just after the call's opening parenthesis: [start, nameEnd) is its name and "(". */
  nameEnd: number;
  args: CallArgument[];
  inner: CompetencyCall[];
}

interface OpenFunction {
  token: Token;
  args: CallArgument[];
  argStart: number;
  argTokens: Token[];
  inner: CompetencyCall[];
}

export interface FoundCalls {
  calls: CompetencyCall[];
  /** The formula could not be read (an unclosed string or parenthesis): it is left as it is. */
  unreadable: boolean;
}

/** Every COMPETENCY call of a formula, outermost first, each with its nested calls. */
export function findCompetencyCalls(formula: string, functionIds: readonly string[]): FoundCalls {
  const tokenized = tokenize(formula);
  if (!tokenized.ok) return { calls: [], unreadable: true };
  const top: CompetencyCall[] = [];
  const stack: OpenFunction[] = [];
  const closeArgument = (open: OpenFunction, end: number): void => {
    open.args.push({ start: open.argStart, end, tokens: open.argTokens });
  };
  for (const token of tokenized.tokens) {
    const open = stack.at(-1);
    if (token.type === "function-start") {
      stack.push({ token, args: [], argStart: token.end, argTokens: [], inner: [] });
      open?.argTokens.push(token);
      continue;
    }
    if (!open) continue;
    if (token.type === "argument-separator") {
      closeArgument(open, token.start);
      open.argStart = token.end;
      open.argTokens = [];
    } else if (token.type === "function-stop") {
      stack.pop();
      closeArgument(open, token.start);
      const found = competencyFunction(open.token.value, functionIds);
      const parent = stack.at(-1);
      parent?.argTokens.push(token);
      const children = found ? [] : open.inner;
      if (found) {
        const args = open.args.length === 1 && open.args[0]!.tokens.length === 0 ? [] : open.args;
        children.push({
          ...found,
          start: open.token.start,
          end: token.end,
          nameEnd: open.token.end,
          args,
          inner: open.inner,
        });
      }
      (parent ? parent.inner : top).push(...children);
    } else if (token.type !== "whitespace") {
      open.argTokens.push(token);
    }
  }
  return { calls: top, unreadable: false };
}

/**
 * Why a formula the tokenizer cannot read is left with its COMPETENCY calls (the names the
 * package read before it failed include one), or null when it can be read or names none.
 */
export function unreadableCallsProblem(
  formula: string,
  functionIds: readonly string[],
): LocalizedText | null {
  const tokenized = tokenize(formula);
  if (tokenized.ok) return null;
  return tokenized.functionNames.some((name) => competencyFunction(name, functionIds))
    ? tokenized.problem
    : null;
}

import type { CallArgument } from "./calls";

/** What a COMPETENCY function receives for one argument (as functions/arguments' RawArgument). */
export type ArgumentValue = string | number | boolean | null;

/** One argument of a call: whether it is a constant, and today's value (undefined: the rewrite cannot know it). */
export interface ArgumentFacts {
  constant: boolean;
  value: ArgumentValue | undefined;
}

/** An argument as a native formula uses it: with its formula text, nested calls already rewritten. */
export interface EvaluatedArgument extends ArgumentFacts {
  text: string;
}

/** Today's value of a cell reference in the formula's own sheet, or undefined when it is not one cell. */
export type ReferenceValue = (reference: string) => ArgumentValue | undefined;

export function evaluateArgument(argument: CallArgument | undefined, valueOf: ReferenceValue): ArgumentFacts {
  const tokens = argument?.tokens ?? [];
  if (tokens.length === 0) return { constant: true, value: null };
  const only = tokens.length === 1 ? tokens[0]! : null;
  switch (only?.operand) {
    case "text":
      return { constant: true, value: only.value };
    case "number":
      return { constant: true, value: Number(only.value) };
    case "logical":
      return { constant: true, value: only.value.toUpperCase() === "TRUE" };
    case "reference":
      return { constant: false, value: valueOf(only.value) };
    default:
      return { constant: false, value: undefined };
  }
}

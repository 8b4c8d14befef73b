import type { CallArgument } from "./calls";

/** What a COMPETENCY function receives for one argument (as functions/arguments' RawArgument). */
export type ArgumentValue = string | number | boolean | null;

/**
 * One argument of a call as the rewrite sees it: its formula text (nested calls already
 * rewritten), whether it is a constant, and today's value (undefined: the rewrite cannot know it).
 */
export interface EvaluatedArgument {
  text: string;
  constant: boolean;
  value: ArgumentValue | undefined;
}

/** Today's value of a cell reference in the formula's own sheet, or undefined when it is not one cell. */
export type ReferenceValue = (reference: string) => ArgumentValue | undefined;

export function evaluateArgument(
  argument: CallArgument | undefined,
  text: string,
  valueOf: ReferenceValue,
): EvaluatedArgument {
  const tokens = argument?.tokens ?? [];
  if (tokens.length === 0) return { text: "", constant: true, value: null };
  const only = tokens.length === 1 ? tokens[0]! : null;
  switch (only?.operand) {
    case "text":
      return { text, constant: true, value: only.value };
    case "number":
      return { text, constant: true, value: Number(only.value) };
    case "logical":
      return { text, constant: true, value: only.value.toUpperCase() === "TRUE" };
    case "reference":
      return { text, constant: false, value: valueOf(only.value) };
    default:
      return { text, constant: false, value: undefined };
  }
}

import type { Catalog } from "../catalog";
import { fail, invalidArgument, type Result } from "../model";
import type { RawArgument } from "./arguments";
import { DEFINITIONS } from "./definitions";
import type { FunctionContext, FunctionValue } from "./values";

export const FUNCTION_NAMES = Object.keys(DEFINITIONS);

/** Answers already given, per catalog: valid while the catalog's revision is the one they were computed at. */
interface Answers {
  revision: number;
  byCall: Map<string, Result<FunctionValue>>;
}
const answersByCatalog = new WeakMap<Catalog, Answers>();
const MAX_ANSWERS = 20_000;

/** One key per distinct call; text arguments (the common case) are tagged "s", others by their type. */
function callKey(name: string, args: readonly RawArgument[], defaultStandard: string | null): string {
  let key = name + "\u0001" + (defaultStandard ?? "");
  for (const arg of args)
    key += typeof arg === "string" ? "\u0001s" + arg : "\u0001" + typeof arg + String(arg);
  return key;
}

/**
 * Runs one COMPETENCY function: exactly what Excel and the CLI both call. Never throws: an
 * unexpected exception becomes a #VALUE! error with its message. Answers depend only on the
 * catalog, the default standard and the arguments, so a sheet's many identical calls (every
 * person's row asks for the same tasks) are answered once per change of the catalog.
 */
export function callFunction(
  name: string,
  args: readonly RawArgument[],
  context: FunctionContext,
): Result<FunctionValue> {
  let answers = answersByCatalog.get(context.catalog);
  if (answers?.revision !== context.catalog.revision || answers.byCall.size >= MAX_ANSWERS) {
    answers = { revision: context.catalog.revision, byCall: new Map() };
    answersByCatalog.set(context.catalog, answers);
  }
  const key = callKey(name, args, context.defaultStandard);
  let answer = answers.byCall.get(key);
  if (!answer) {
    answer = computeFunction(name, args, context);
    answers.byCall.set(key, answer);
  }
  return answer;
}

function computeFunction(
  name: string,
  args: readonly RawArgument[],
  context: FunctionContext,
): Result<FunctionValue> {
  const definition = DEFINITIONS[name.toUpperCase()];
  if (!definition) {
    return invalidArgument(
      `沒有函數 ${name}；可用：${FUNCTION_NAMES.join("、")}`,
      `There is no function ${name}; use one of ${FUNCTION_NAMES.join(", ")}`,
    );
  }
  try {
    return definition(context, args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail({
      kind: "invalidArgument",
      message: { zh: `內部錯誤：${message}`, en: `Internal error: ${message}` },
    });
  }
}

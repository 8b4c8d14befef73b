import { fail, invalidArgument, type Result } from "../model";
import type { RawArgument } from "./arguments";
import { DEFINITIONS } from "./definitions";
import type { FunctionContext, FunctionValue } from "./values";

export const FUNCTION_NAMES = Object.keys(DEFINITIONS);

/**
 * Runs one COMPETENCY function: exactly what Excel and the CLI both call. Never throws: an
 * unexpected exception becomes a #VALUE! error with its message.
 */
export function callFunction(
  name: string,
  args: readonly RawArgument[],
  context: FunctionContext,
): Result<FunctionValue> {
  const definition = DEFINITIONS[name.toUpperCase()];
  if (!definition) {
    return invalidArgument(
      `沒有函數 ${name};可用:${FUNCTION_NAMES.join(", ")}`,
      `There is no function ${name}; use one of ${FUNCTION_NAMES.join(", ")}`,
    );
  }
  try {
    return definition(context, args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail({
      kind: "invalidArgument",
      message: { zh: `內部錯誤:${message}`, en: `Internal error: ${message}` },
    });
  }
}

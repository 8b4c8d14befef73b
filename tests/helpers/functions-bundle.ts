import { createContext, runInContext } from "node:vm";

/** What Excel's functions runtime throws for an error value, as the bundle sees it. */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type CustomFunction = (...args: unknown[]) => Promise<unknown>;

/**
 * Runs the built functions.js in a fresh bare context that has only what a custom-functions
 * runtime guarantees (CustomFunctions, a minimal Office in English, timers) and the given Excel,
 * if any; returns the functions it associated, by id.
 */
export function loadFunctionsBundle(bundle: string, excel?: unknown): Map<string, CustomFunction> {
  const associated = new Map<string, CustomFunction>();
  const context = createContext({
    CustomFunctions: {
      associate: (id: string, fn: CustomFunction) => associated.set(id, fn),
      Error: CustomFunctionError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
    Office: { onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: "en-US" } },
    ...(excel === undefined ? {} : { Excel: excel }),
    setTimeout,
    clearTimeout,
  });
  runInContext(bundle, context, { filename: "functions.js" });
  return associated;
}

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

export interface LoadedBundle {
  /** The functions the bundle associated, by id. */
  functions: Map<string, CustomFunction>;
  /** Evaluates code in the bundle's own realm, where `functions` is that map, as Excel's runtime calls them. */
  evaluate(code: string): unknown;
}

/**
 * Runs the built functions.js in a fresh bare context that has only what a custom-functions
 * runtime guarantees (CustomFunctions, a minimal Office in English, timers) and the given Excel,
 * if any.
 */
export function loadFunctionsBundle(bundle: string, excel?: unknown): LoadedBundle {
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
    performance,
    functions: associated,
  });
  runInContext(bundle, context, { filename: "functions.js" });
  return { functions: associated, evaluate: (code) => runInContext(code, context) };
}

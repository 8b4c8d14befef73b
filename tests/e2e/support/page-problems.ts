/**
 * Records, in the page, what must never happen there: a request or script the page's
 * Content-Security-Policy refuses, an uncaught error, an unhandled rejection. It must run before
 * the page's own scripts (Playwright's addInitScript; for WebDriver, PAGE_PROBLEMS_SCRIPT served as
 * the first script of the page). Tests read `window.__pageProblems`.
 */
export function recordPageProblems(): void {
  const problems: string[] = [];
  (window as unknown as { __pageProblems: string[] }).__pageProblems = problems;
  document.addEventListener("securitypolicyviolation", (event) =>
    problems.push(
      `CSP ${event.effectiveDirective} refused ${event.blockedURI} ` +
        `(${event.sourceFile || "the page"}:${event.lineNumber})`,
    ),
  );
  window.addEventListener("error", (event) =>
    problems.push(`error: ${event.message} (${event.filename}:${event.lineno})`),
  );
  window.addEventListener("unhandledrejection", (event) =>
    problems.push(`unhandled rejection: ${String(event.reason)}`),
  );
}

/** recordPageProblems as the text of a script file. */
export const PAGE_PROBLEMS_SCRIPT = `(${recordPageProblems.toString()})();\n`;

/**
 * An expression that tries eval in a task of the page's own (a devtools evaluation may be exempt
 * from the policy), resolving to "EvalError" when refused.
 */
export const EVAL_PROBE = `new Promise((resolve) => setTimeout(() => {
  try {
    resolve(String(eval("'eval ran'")));
  } catch (error) {
    resolve(error.name);
  }
}))`;

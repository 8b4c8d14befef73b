/**
 * A page that reads formulas with the portable rewrite's tokenizer as the task pane bundles it
 * (@borgar/fx, its ES module build). Exposes `readFormula` to the test: the tokens, or why
 * not, and the COMPETENCY calls found, as JSON.
 */
import { FUNCTION_NAMES } from "../../../src/functions/dispatch";
import { findCompetencyCalls } from "../../../src/portable";
import { tokenize } from "../../../src/portable/tokens";

declare global {
  interface Window {
    readFormula(formula: string): string;
  }
}

window.readFormula = (formula) =>
  JSON.stringify({ tokens: tokenize(formula), calls: findCompetencyCalls(formula, FUNCTION_NAMES) });

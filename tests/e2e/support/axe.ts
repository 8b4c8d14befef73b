import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE = require.resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/**
 * Fluent's arrow-key navigation (tabster) brackets a TabList with focusable, aria-hidden <i>
 * elements that hand focus on at once; screen readers never reach them. axe's aria-hidden-focus
 * flags them, a false positive Fluent documents and Microsoft's Accessibility Insights suppresses
 * (microsoft/fluentui#27517, microsoft/accessibility-insights-web#7605). Only those nodes, for
 * only that rule, are left out.
 */
function isTabsterDummy(rule: string, node: { html: string }): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(node.html);
}

/** Every violation axe-core finds on the page as it is now (axe is added to the page once). */
async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated by the browser's devtools protocol, which the page's Content-Security-Policy does not
  // govern: a <script> tag with axe inline would be refused.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(AXE, "utf8"));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document): Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
}

/**
 * Runs axe-core over the page as it is now; returns its serious and critical violations, each
 * as "rule: help [elements]", so a failing test says what to fix.
 */
export async function scanForSeriousViolations(page: Page): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((node) => !isTabsterDummy(v.id, node)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} [${v.nodes.map((n) => n.target.join(" ")).join(", ")}]`);
}

/** A rule of axe a scan leaves out for some nodes, and why that is a false positive there. */
export interface AxeException {
  rule: string;
  /** The nodes it applies to, by their HTML as axe reports it. */
  html: RegExp;
  why: string;
}

/**
 * Runs axe-core over the page; every violation, whatever its impact, as "rule (impact): help
 * [elements]", but for the nodes of the exceptions given (each says why it is a false positive).
 */
export async function scanForViolations(page: Page, exceptions: readonly AxeException[]): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((node) => !exceptions.some((e) => e.rule === v.id && e.html.test(node.html))),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(" ")).join(", ")}]`);
}

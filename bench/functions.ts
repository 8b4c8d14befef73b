import { gzipSync } from "node:zlib";
import { Catalog } from "../src/catalog";
import { bundledStandards } from "../src/cli/catalog";
import type { RawArgument } from "../src/functions/arguments";
import { callFunction } from "../src/functions/dispatch";
import type { Report } from "./report";

/** A mix of calls as a staffing matrix makes them, with some errors among them. */
const MIX: Array<[string, RawArgument[]]> = [
  ["KNOWLEDGE", ["T2.2", "INM2521-001v2"]],
  ["SKILLS", ["T1.1", null]],
  ["OUTPUTS", ["T1.2", "IIS3512-001v1"]],
  ["INDICATORS", ["T2.3", "INM2521-001"]],
  ["LEVEL", ["P2.2.5", "INM2521-001v2"]],
  ["NAME", ["K08", null]],
  ["REQUIREDBY", ["S04", "雲端資訊服務人員"]],
  ["TASKS", [null, 4]],
  ["INFO", ["updated", null]],
  ["KNOWLEDGE", ["T9.9", null]],
  ["SEARCH", ["資訊安全", null]],
  ["ATTITUDES", ["IIS3512-001v1"]],
];

/** Calls per second over 100,000 mixed calls through callFunction, as Excel and the CLI make them. */
export async function benchFunctions(report: Report): Promise<void> {
  report.section("custom functions");
  const catalog = new Catalog();
  for (const standard of bundledStandards()) catalog.add(standard, "bundled");
  const context = { catalog, defaultStandard: "INM2521-001v2", locale: "zh" as const };
  const calls = 100_000;
  let errors = 0;
  const start = performance.now();
  for (let i = 0; i < calls; i++) {
    const [name, args] = MIX[i % MIX.length]!;
    if (!callFunction(name, args, context).ok) errors++;
  }
  const seconds = (performance.now() - start) / 1000;
  report.figure(
    `100,000 mixed calls (${MIX.length} kinds, ${errors} errors among them)`,
    seconds * 1000,
    "ms",
  );
  report.figure("function calls per second", Math.round(calls / seconds), "calls/s");
  const data = Buffer.from(JSON.stringify(bundledStandards()));
  report.figure(
    "bundled standards as embedded in the build (JSON), gzip",
    `${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} KB (${(data.length / 1024).toFixed(1)} KB raw)`,
  );
}

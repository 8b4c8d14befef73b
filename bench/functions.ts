import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Catalog } from "../src/catalog";
import { bundledStandards } from "../src/cli/catalog";
import type { RawArgument } from "../src/functions/arguments";
import { callFunction } from "../src/functions/dispatch";
import type { Build } from "../tests/e2e/support/build";
import { loadFunctionsBundle } from "../tests/helpers/functions-bundle";
import type { Report } from "./report";

/** The figure of the last stop before this bench measured the shipped bundle, for comparison. */
const BEFORE_CALLS_PER_SECOND = 253_000;
const TARGET_CALLS_PER_SECOND = 1_000_000;

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
const CALLS = 100_000;

/** Every distinct call a sheet could make of the bundled standards: each answered for the first time. */
function distinctCalls(catalog: Catalog): Array<[string, RawArgument[]]> {
  return catalog
    .entries()
    .flatMap(({ standard, index }) => [
      ...index
        .tasks()
        .flatMap(({ task }) =>
          ["KNOWLEDGE", "SKILLS", "OUTPUTS", "INDICATORS", "LEVEL", "NAME"].map(
            (name): [string, RawArgument[]] => [name, [task.code, standard.code]],
          ),
        ),
      ...[...standard.knowledge, ...standard.skills].map((item): [string, RawArgument[]] => [
        "REQUIREDBY",
        [item.code, standard.code],
      ]),
    ]);
}

function verdict(perSecond: number): string {
  const met = perSecond >= TARGET_CALLS_PER_SECOND ? "met" : "MISSED";
  return `calls/s (target ≥ ${TARGET_CALLS_PER_SECOND.toLocaleString("en")}: ${met}; before: ${BEFORE_CALLS_PER_SECOND.toLocaleString("en")})`;
}

/**
 * Calls per second: through callFunction (what the CLI runs), and through the shipped code, the
 * built dist/functions.js in a bare context, as Excel calls it (promises, CustomFunctions.Error).
 */
export async function benchFunctions(report: Report, build: Build): Promise<void> {
  report.section("custom functions");
  const catalog = new Catalog();
  for (const standard of bundledStandards()) catalog.add(standard, "bundled");
  const context = { catalog, defaultStandard: "INM2521-001v2", locale: "zh" as const };

  const cold = distinctCalls(catalog);
  const coldStart = performance.now();
  for (const [name, args] of cold) callFunction(name, args, context);
  const coldSeconds = (performance.now() - coldStart) / 1000;
  report.figure(
    `${cold.length} distinct calls, each answered the first time`,
    Math.round(cold.length / coldSeconds),
    "calls/s",
  );

  let errors = 0;
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const [name, args] = MIX[i % MIX.length]!;
    if (!callFunction(name, args, context).ok) errors++;
  }
  const seconds = (performance.now() - start) / 1000;
  report.figure(
    `100,000 mixed calls through callFunction (${MIX.length} kinds, ${errors} errors)`,
    seconds * 1000,
    "ms",
  );
  report.figure("  calls per second through callFunction", Math.round(CALLS / seconds), "calls/s");

  // The shipped bundle in a bare context; the calls are made from its own realm, as Excel's
  // functions runtime makes them, each returning a promise awaited one by one.
  const bundle = loadFunctionsBundle(readFileSync(join(build.dir, "functions.js"), "utf8"));
  const perSecond = (await bundle.evaluate(`(async () => {
    const calls = ${JSON.stringify(MIX)}.map(([name, args]) => [functions.get(name), args]);
    await functions.get("INFO")("code", "INM2521-001v2");
    const rates = [];
    for (let pass = 0; pass < 3; pass++) {
      const start = performance.now();
      for (let i = 0; i < ${CALLS}; i++) {
        const [call, args] = calls[i % calls.length];
        await call(...args).catch(() => undefined);
      }
      rates.push(${CALLS} / ((performance.now() - start) / 1000));
    }
    return rates.sort((a, b) => a - b)[1];
  })()`)) as number;
  report.figure(
    "100,000 mixed calls through the built dist/functions.js, each awaited (median of 3 passes)",
    Math.round(perSecond),
    verdict(perSecond),
  );

  const data = Buffer.from(JSON.stringify(bundledStandards()));
  report.figure(
    "bundled standards as embedded in the build (JSON), gzip",
    `${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} KB (${(data.length / 1024).toFixed(1)} KB raw)`,
  );
}

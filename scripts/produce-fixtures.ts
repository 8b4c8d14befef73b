/**
 * `npm run fixtures [-- --out DIR] [--only NAME]…`: writes the binary fixtures (Writer ODT, DOCX
 * and PDF, Chromium PDF, and the expected standard) of every source document into
 * tests/fixtures/produced/<name>/, or into DIR.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { produceFixtures } from "./fixtures/produce";
import { PRODUCED_DIR, ROOT } from "./fixtures/sources";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: PRODUCED_DIR },
      only: { type: "string", multiple: true },
    },
  });
  const out = values.out ?? PRODUCED_DIR;
  const report = await produceFixtures({ out, only: values.only });
  for (const name of report.names) {
    const dir = join(out, name);
    const sizes = readdirSync(dir)
      .sort()
      .map((file) => `${file} ${(statSync(join(dir, file)).size / 1024).toFixed(1)} KB`);
    console.log(`${relative(ROOT, dir) || dir}: ${sizes.join(", ")}`);
  }
  console.log(
    `Writer ${report.writerSeconds.toFixed(1)} s, Chromium ${report.chromiumSeconds.toFixed(1)} s (in parallel)`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`fixtures: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

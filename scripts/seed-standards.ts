/**
 * Reads and parses the bundled seed documents (seeds/*.txt). Shared by the webpack loader behind
 * the `bundled-standards` module and by its Jest stand-in, so both see the same standards.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic, Standard } from "../src/model";
import { parseStandard } from "../src/parse";

export const SEEDS_DIR = join(__dirname, "..", "seeds");

export interface SeedProblem {
  file: string;
  diagnostic: Diagnostic;
}

export interface SeedStandards {
  /** One standard per seed, in file-name order. */
  standards: Standard[];
  /** Absolute paths of the seed files read. */
  files: string[];
  problems: SeedProblem[];
}

export function readSeedStandards(seedsDir: string = SEEDS_DIR): SeedStandards {
  const files = readdirSync(seedsDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => join(seedsDir, name));
  const standards: Standard[] = [];
  const problems: SeedProblem[] = [];
  for (const file of files) {
    const { standard, diagnostics } = parseStandard(readFileSync(file, "utf8"));
    standards.push(standard);
    problems.push(...diagnostics.map((diagnostic) => ({ file, diagnostic })));
  }
  return { standards, files, problems };
}

/** "seeds/x.txt:12 missing-level 缺少職能級別 / The level is missing" */
export function formatSeedProblem({ file, diagnostic }: SeedProblem): string {
  const { line, id, message } = diagnostic;
  return `${relative(process.cwd(), file)}:${line} ${id} ${message.zh} / ${message.en}`;
}

/** Throws one error listing every error-severity diagnostic, so a broken seed never ships. */
export function assertNoSeedErrors(problems: readonly SeedProblem[]): void {
  const errors = problems.filter((problem) => problem.diagnostic.severity === "error");
  if (errors.length === 0) return;
  throw new Error(
    ["種子文件有錯誤，無法內建。 / Seed documents have errors and cannot be bundled:"]
      .concat(errors.map(formatSeedProblem))
      .join("\n"),
  );
}

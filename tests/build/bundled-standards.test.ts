import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import bundled from "bundled-standards";
import { parseStandard } from "../../src/parse";
import {
  SEEDS_DIR,
  assertNoSeedErrors,
  formatSeedProblem,
  readSeedStandards,
} from "../../scripts/seed-standards";

interface LoaderContext {
  getOptions(): { seedsDir?: string };
  addDependency(file: string): void;
  addContextDependency(dir: string): void;
  emitWarning(warning: Error): void;
}
type Loader = (this: LoaderContext) => string;

/** The webpack loader, run through Node's own require as webpack would, with a recording context. */
function runLoader(seedsDir?: string): { output: string; dependencies: string[]; warnings: Error[] } {
  const loader = createRequire(__filename)("../../scripts/bundled-standards-loader.js") as Loader;
  const dependencies: string[] = [];
  const warnings: Error[] = [];
  const output = loader.call({
    getOptions: () => (seedsDir ? { seedsDir } : {}),
    addDependency: (file) => dependencies.push(file),
    addContextDependency: (dir) => dependencies.push(dir),
    emitWarning: (warning) => warnings.push(warning),
  });
  return { output, dependencies, warnings };
}

const seedCodes = (): string[] => readSeedStandards().standards.map((standard) => standard.code);

describe("seed standards", () => {
  it("parses every seed, in file-name order, without errors", () => {
    const { standards, files, problems } = readSeedStandards();
    expect(files.length).toBeGreaterThan(0);
    expect([...files].sort()).toEqual(files);
    expect(standards.map((s) => s.code)).toEqual(
      files.map((file) => parseStandard(readFileSync(file, "utf8")).standard.code),
    );
    expect(() => assertNoSeedErrors(problems)).not.toThrow();
    expect(standards.every((standard) => /^[A-Z]{3}\d{4}-\d{3}v\d+$/.test(standard.code))).toBe(true);
  });

  it("reports each error with file, line and both languages", () => {
    const problem = {
      file: join(SEEDS_DIR, "broken.txt"),
      diagnostic: {
        severity: "error",
        line: 7,
        id: "missing-level",
        message: { zh: "缺少級別", en: "No level" },
      },
    } as const;
    expect(formatSeedProblem(problem)).toMatch(/broken\.txt:7 missing-level 缺少級別 \/ No level$/);
    expect(() => assertNoSeedErrors([problem])).toThrow(
      /無法內建[\s\S]*cannot be bundled[\s\S]*broken\.txt:7/,
    );
  });

  it("are what the Jest stand-in for `bundled-standards` provides", () => {
    expect(bundled.map((standard) => standard.code)).toEqual(seedCodes());
  });
});

describe("the bundled-standards loader", () => {
  it("emits the parsed seeds as JSON and watches the seeds and the parser", () => {
    const { output, dependencies, warnings } = runLoader();
    const standards = JSON.parse(output) as { code: string }[];
    expect(standards.map((standard) => standard.code)).toEqual(seedCodes());
    expect(dependencies).toEqual(expect.arrayContaining([SEEDS_DIR, ...readSeedStandards().files]));
    expect(dependencies.some((dir) => dir.endsWith(join("src", "parse")))).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("fails the build when a seed has an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    try {
      writeFileSync(join(dir, "empty.txt"), "這不是職能基準。\n");
      expect(() => runLoader(dir)).toThrow(/cannot be bundled[\s\S]*empty\.txt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

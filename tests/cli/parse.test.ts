import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardSchemas } from "../../src/catalog";
import { runInProcess } from "./run-in-process";
import { ROOT, SEED_000, SEED_003 } from "../helpers/seeds";

const run = runInProcess;

const seed = (name: string) => join(ROOT, "seeds", name);

test("parse prints both seeds as valid JSON of the documented schema, exit 0", async () => {
  const { code, stdout, stderr } = await run(["parse", seed(SEED_000), seed(SEED_003)]);
  expect([code, stderr]).toEqual([0, ""]);
  const file = standardSchemas().file.parse(JSON.parse(stdout));
  expect(file.standards.map((s) => s.code)).toEqual(["INM2521-001v2", "IIS3512-001v1"]);
});

test("diagnostics go to stderr as file:line: severity: message, in zh-TW or English; errors exit 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "competency-"));
  const bad = join(dir, "bad.txt");
  writeFileSync(bad, "某職能基準\n\nT1.1 沒有職責的任務\n");
  const zh = await run(["parse", bad]);
  expect(zh.code).toBe(1);
  expect(zh.stderr).toContain(`${bad}:3: error: 工作任務 T1.1 之前沒有主要職責。`);
  const en = await run(["--lang", "en", "parse", bad]);
  expect(en.stderr).toContain(`${bad}:3: error: Task T1.1 comes before any duty.`);
  expect(JSON.parse(en.stdout).standards).toHaveLength(1);
});

test("an incomplete document (the first 60 lines of seed 003) gives errors with lines and exits 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "competency-"));
  const half = join(dir, "half.txt");
  writeFileSync(half, readFileSync(seed(SEED_003), "utf8").split("\n").slice(0, 60).join("\n"));
  const zh = await run(["parse", half]);
  expect(zh.code).toBe(1);
  expect(zh.stderr).toContain(`${half}:48: error: 工作任務 T1.1 有一組行為指標沒有職能級別。`);
  expect(zh.stderr).toContain(
    `${half}:60: error: 文件中沒有任何知識（K）、技能（S）或態度（A）項目：文件不完整。`,
  );
  expect(zh.stderr).toContain(`${half}:48: warning: 工作任務 T1.1 沒有職能內涵知識（K）或技能（S）。`);
  const en = await run(["--lang", "en", "parse", seed(SEED_000), half]);
  expect(en.code).toBe(1);
  expect(en.stderr).toContain(`${half}:48: error: A block of task T1.1 has no competency level.`);
  expect(en.stderr).not.toContain(seed(SEED_000));
  expect(JSON.parse(en.stdout).standards.map((s: { code: string }) => s.code)).toEqual([
    "INM2521-001v2",
    "IIS3512-001v1",
  ]);
});

test("a missing file is reported and exits 1; no arguments is a usage error", async () => {
  const missing = await run(["parse", "/nonexistent/file.txt"]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain("/nonexistent/file.txt");
  expect((await run(["parse"])).code).toBe(64);
  expect((await run(["frobnicate"])).code).toBe(64);
});

test("the npm script runs the same command end to end", () => {
  const result = spawnSync("npm", ["run", "--silent", "competency", "--", "parse", seed(SEED_003)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout).standards[0].name).toBe("雲端資訊服務人員");
  const schema = JSON.parse(
    execFileSync("npm", ["run", "--silent", "competency", "--", "schema"], { cwd: ROOT, encoding: "utf8" }),
  );
  expect(schema.properties.format.const).toBe("competency-standards");
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toStandardsFile } from "../../src/catalog";
import { runInProcess, type CliRun } from "./run-in-process";
import { parseSeed, SEED_003 } from "../helpers/seeds";

function call(...args: string[]): Promise<CliRun> {
  return runInProcess(["--lang", "en", "call", ...args]);
}

test("array results print as tab-separated lines", async () => {
  expect(await call("--default", "IIS3512-001v1", "SKILLS", "T1.2")).toEqual({
    code: 0,
    stdout: "S01\t資料蒐集與解讀能力\nS02\t文書處理能力\n",
    stderr: "",
  });
});

test("a scalar prints on one line; an empty argument is an omitted one", async () => {
  expect((await call("LEVEL", "P2.2.5", "INM2521-001v2")).stdout).toBe("4\n");
  expect((await call("--default", "INM2521-001", "TASKS", "", "4")).stdout.split("\n")).toHaveLength(5);
});

test("an error prints its Excel code and message on stderr and exits 2", async () => {
  expect(await call("KNOWLEDGE", "T9.9", "INM2521-001v2")).toEqual({
    code: 2,
    stdout: "",
    stderr: "#N/A T9.9 is not a task of INM2521-001v2 雲端架構工程人員; it has T1.1, T2.1, T2.2, T2.3\n",
  });
  expect((await call("INFO", "colour", "INM2521-001v2")).stderr).toMatch(/^#VALUE! Unknown field "colour"/);
});

test("--load adds documents as text or JSON; a broken one is refused with its diagnostics", async () => {
  const dir = mkdtempSync(join(tmpdir(), "competency-call-"));
  const json = join(dir, "other.json");
  writeFileSync(
    json,
    JSON.stringify(
      toStandardsFile([{ ...parseSeed(SEED_003).standard, code: "OTH0001-001v1", name: "另一個" }]),
    ),
  );
  expect((await call("--load", json, "NAME", "T2", "另一個")).stdout).toBe("執行雲端資訊服務作業\n");
  const broken = join(dir, "broken.txt");
  writeFileSync(broken, "not a standard");
  const refused = await call("--load", broken, "STANDARDS");
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(`${broken}:1: error:`);
});

test("usage errors exit 64", async () => {
  expect((await call()).code).toBe(64);
  expect((await call("--load")).code).toBe(64);
  expect((await call("--bogus", "x", "NAME")).code).toBe(64);
});

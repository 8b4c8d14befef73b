import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { runInProcess } from "./run-in-process";

const pairFile = (name: string, file: string) => join(VERSION_PAIRS_DIR, name, file);

test.each([
  ["tab-all", "INM2521-001v2", "INM2521-001v3"],
  ["pdf-all", "IIS3512-001v1", "IIS3512-001v2"],
  ["pdf-moved", "IIS3512-001v1", "IIS3512-001v2"],
])("diff prints the rows expected beside %s as tab-separated lines", async (pair, older, newer) => {
  const run = await runInProcess(["--lang", "en", "diff", "--load", pairFile(pair, "new.txt"), older, newer]);
  expect(run).toEqual({ code: 0, stdout: readFileSync(pairFile(pair, "expected.tsv"), "utf8"), stderr: "" });
});

test("nothing changed: nothing printed, exit 0", async () => {
  const run = await runInProcess([
    "diff",
    "--load",
    pairFile("tab-formatting", "new.txt"),
    "INM2521-001v2",
    "INM2521-001v3",
  ]);
  expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
});

test("in Chinese by default", async () => {
  const run = await runInProcess([
    "diff",
    "--load",
    pairFile("pdf-levelChanged", "new.txt"),
    "IIS3512-001v1",
    "IIS3512-001",
  ]);
  expect(run.stdout).toBe("T\tT2.2\tT2.2\t級別變更\t3\t4\n");
});

test("an unknown standard exits 2 with the error; wrong usage exits 64", async () => {
  const unknown = await runInProcess(["--lang", "en", "diff", "INM2521-001v2", "INM2521-001v9"]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/^#N\/A No standard "INM2521-001v9" is loaded/);
  expect((await runInProcess(["diff", "INM2521-001v2"])).code).toBe(64);
  expect((await runInProcess(["diff", "a", "b", "c"])).code).toBe(64);
});

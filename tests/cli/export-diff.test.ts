import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { readBack } from "../xlsx/read-back";
import { runInProcess } from "./run-in-process";

const dir = mkdtempSync(join(tmpdir(), "export-diff-"));
const newer = join(VERSION_PAIRS_DIR, "tab-all", "new.txt");

test("export --diff OLD NEW writes the changes sheet", async () => {
  const out = join(dir, "changes.xlsx");
  const run = await runInProcess([
    "export",
    "--diff",
    "--load",
    newer,
    "INM2521-001v2",
    "INM2521-001v3",
    "--out",
    out,
  ]);
  expect(run).toEqual({ code: 0, stdout: `${out}\n  版本比較 INM2521-001v3\n`, stderr: "" });
  const sheet = (await readBack(readFileSync(out))).worksheets[0]!;
  const expected = readFileSync(join(VERSION_PAIRS_DIR, "tab-all", "expected.tsv"), "utf8").split("\n");
  const table = sheet.getTable("CompetencyChanges") as unknown as { table: { tableRef: string } };
  const top = Number(/^A(\d+):/.exec(table.table.tableRef)![1]);
  expect(table.table.tableRef).toBe(`A${top}:F${top + expected.length - 1}`);
  expect([sheet.getCell(`B${top + 1}`).value, sheet.getCell(`C${top + 1}`).value]).toEqual(["T2.3", "T1.2"]);
});

test("an unknown version exits 2 with the message; --diff needs two standards", async () => {
  const out = join(dir, "bad.xlsx");
  const unknown = await runInProcess([
    "--lang",
    "en",
    "export",
    "--diff",
    "INM2521-001v2",
    "INM2521-001v7",
    "--out",
    out,
  ]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/^No standard "INM2521-001v7" is loaded/);
  expect((await runInProcess(["export", "--diff", "INM2521-001v2", "--out", out])).code).toBe(64);
  expect((await runInProcess(["export", "INM2521-001v2", "--out", out])).code).toBe(64);
});

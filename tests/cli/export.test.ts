import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toStandardsFile } from "../../src/catalog";
import { runCli } from "../../src/cli/run";
import { edgeCases } from "../fixtures/standards";
import { readBack } from "../xlsx/read-back";

async function competency(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["--lang", "en", ...args], {
    stdout: { write: (c: string | Uint8Array) => (stdout += String(c)) },
    stderr: { write: (c: string | Uint8Array) => (stderr += String(c)) },
    env: {},
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "export-"));

describe("competency export", () => {
  it("writes one sheet per loaded standard, plus the data sheet with --data", async () => {
    const out = join(dir, "all.xlsx");
    const result = await competency("export", "--data", "--out", out);
    expect(result).toEqual({
      code: 0,
      stdout: `${out}\n  IIS3512-001v1 雲端資訊服務人員\n  INM2521-001v2 雲端架構工程人員\n  Competency data\n`,
      stderr: "",
    });
    const workbook = await readBack(readFileSync(out));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "IIS3512-001v1 雲端資訊服務人員",
      "INM2521-001v2 雲端架構工程人員",
      "Competency data",
    ]);
    expect(workbook.worksheets[1]!.getCell("A9").value).toBe("Duty");
  });

  it("exports only the named standards, loading extra documents through the catalog", async () => {
    const json = join(dir, "edge.json");
    writeFileSync(json, JSON.stringify(toStandardsFile([edgeCases])));
    const out = join(dir, "some.xlsx");
    const result = await competency(
      "export",
      "--load",
      json,
      "--standard",
      "TST0001-001",
      "--standard",
      "INM2521-001",
      "--out",
      out,
    );
    expect(result.code).toBe(0);
    const workbook = await readBack(readFileSync(out));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "TST0001-001v1 測試 人員 甲乙丙丁戊己庚辛壬癸子",
      "INM2521-001v2 雲端架構工程人員",
    ]);
  });

  it("reports an unknown standard and exits 2 without writing", async () => {
    const result = await competency("export", "--standard", "XYZ9999-001", "--out", join(dir, "none.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^XYZ9999-001: /);
  });

  it("needs --out", async () => {
    const result = await competency("export");
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/--out FILE\.xlsx is required/);
  });
});

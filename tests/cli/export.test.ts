import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toStandardsFile } from "../../src/catalog";
import { runInProcess, type CliRun } from "./run-in-process";
import { edgeCases } from "../fixtures/standards";
import { readBack } from "../xlsx/read-back";

function competency(...args: string[]): Promise<CliRun> {
  return runInProcess(["--lang", "en", ...args]);
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

describe("competency export --matrix", () => {
  it("writes a staffing matrix of the named standards with N empty people rows", async () => {
    const out = join(dir, "matrix.xlsx");
    const result = await competency(
      "export",
      "--matrix",
      "--standard",
      "INM2521-001",
      "--people",
      "7",
      "--out",
      out,
    );
    expect(result).toEqual({ code: 0, stdout: `${out}\n  Staffing matrix\n`, stderr: "" });
    const sheet = (await readBack(readFileSync(out))).worksheets[0]!;
    const table = sheet.getTable("StaffingMatrix") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A11:K18");
    expect(sheet.getCell("C3").value).toBe("T1.1");
    expect(sheet.getCell("B12").value).toBe("雲端架構工程人員");
  });

  it("rates K and S items with --units ks", async () => {
    const out = join(dir, "ks.xlsx");
    expect(
      (await competency("export", "--matrix", "--units", "ks", "--standard", "IIS3512-001v1", "--out", out))
        .code,
    ).toBe(0);
    const sheet = (await readBack(readFileSync(out))).worksheets[0]!;
    expect([sheet.getCell("C3").value, sheet.getCell("K3").value]).toEqual(["K01", "S01"]);
  });

  it("names people with --names; --assessment adds the assessment, derived levels and training needs", async () => {
    const out = join(dir, "assessed.xlsx");
    const result = await competency(
      "export",
      "--matrix",
      "--standard",
      "INM2521-001",
      "--standard",
      "IIS3512-001",
      "--names",
      "王小明, 陳美玲，林志豪",
      "--assessment",
      "--rating",
      "derived",
      "--out",
      out,
    );
    expect(result).toEqual({
      code: 0,
      stdout: `${out}\n  Staffing matrix\n  Assessment\n  Derived levels\n  Training needs\n`,
      stderr: "",
    });
    const book = await readBack(readFileSync(out));
    const matrix = book.worksheets[0]!;
    expect([13, 14, 15, 16].map((row) => matrix.getCell(`A${row}`).value)).toEqual([
      "王小明",
      "陳美玲",
      "林志豪",
      null,
    ]);
    expect(matrix.getCell("C13").value).toEqual({ formula: "'Derived levels'!C4" });
    expect(book.worksheets[1]!.getCell("C8").value).toBe("Manager");
  });

  it("refuses --rating without --assessment, --assessment of K/S units, and --people with --names", async () => {
    const out = join(dir, "bad.xlsx");
    for (const args of [
      ["--rating", "derived"],
      ["--assessment", "--rating", "both"],
      ["--assessment", "--units", "ks"],
      ["--people", "3", "--names", "甲,乙"],
      ["--names", " , "],
    ])
      expect((await competency("export", "--matrix", ...args, "--out", out)).code).toBe(64);
  });

  it("refuses bad options with a message", async () => {
    const out = join(dir, "bad.xlsx");
    expect(await competency("export", "--matrix", "--people", "none", "--out", out)).toEqual({
      code: 2,
      stdout: "",
      stderr: "The number of people must be from 1 to 5000.\n",
    });
    expect((await competency("export", "--matrix", "--units", "people", "--out", out)).code).toBe(64);
  });
});

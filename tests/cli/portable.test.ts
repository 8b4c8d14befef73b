import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEFAULT_STANDARD_SETTING,
  readWorkbookParts,
  STANDARDS_NAMESPACE,
} from "../../src/cli/workbook-parts";
import { DEFAULT_STANDARD_SETTING as ADDIN_DEFAULT_SETTING } from "../../src/excel/default-standard";
import { STANDARDS_NAMESPACE as ADDIN_STANDARDS_NAMESPACE } from "../../src/excel/embedded-standards";
import { readCustomXmlParts } from "../../src/xlsx";
import { runInProcess } from "./run-in-process";
import { competencyWorkbook, SHEET } from "../portable/competency-workbook";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "competency-portable-"));
}

async function workbookWith(formulas: Record<string, string>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  for (const [address, formula] of Object.entries(formulas)) sheet.getCell(address).value = { formula };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function formulasOf(path: string): Promise<{ sheets: string[]; formulas: Record<string, string> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  const formulas: Record<string, string> = {};
  workbook.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas[cell.address] = cell.formula;
    }),
  );
  return { sheets: workbook.worksheets.map((s) => s.name), formulas };
}

test("an unknown code or standard is named with its cell, exit 2; that cell is left, the rest rewritten", async () => {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  const output = join(dir, "out.xlsx");
  writeFileSync(
    input,
    await workbookWith({
      A1: 'COMPETENCY.NAME("T1.1","INM2521-001v2")',
      A3: 'COMPETENCY.KNOWLEDGE("T9.9","INM2521-001v2")',
      A5: 'COMPETENCY.DUTIES("NOPE0000-000")',
    }),
  );
  const run = await runInProcess(["--lang", "en", "portable", input, "--out", output]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Sheet1!A3: T9.9 is not a task of INM2521-001v2");
  expect(run.stderr).toContain('Sheet1!A5: No standard "NOPE0000-000" is loaded');
  expect(run.stdout).toContain("COMPETENCY.NAME: 1");
  const { sheets, formulas } = await formulasOf(output);
  expect(sheets).toEqual(["Sheet1", "Competency data", "Competency lookups"]);
  expect(formulas.A1).toMatch(/^INDEX\('Competency lookups'!/);
  expect(formulas.A3).toBe('COMPETENCY.KNOWLEDGE("T9.9","INM2521-001v2")');
  expect(formulas.A5).toBe('COMPETENCY.DUTIES("NOPE0000-000")');
});

test("IN is never overwritten; --out is required", async () => {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  const bytes = await workbookWith({ A1: "COMPETENCY.STANDARDS()" });
  writeFileSync(input, bytes);
  const same = await runInProcess(["--lang", "en", "portable", input, "--out", join(dir, ".", "in.xlsx")]);
  expect(same).toEqual({ code: 64, stdout: "", stderr: "--out must not be the input file.\n" });
  expect(new Uint8Array(readFileSync(input))).toEqual(bytes);
  expect((await runInProcess(["portable", input])).code).toBe(64);
});

test("the originals and the carried standards are kept in the file; a second run replaces its own sheets", async () => {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  const once = join(dir, "once.xlsx");
  const twice = join(dir, "twice.xlsx");
  writeFileSync(input, await competencyWorkbook(Array.from({ length: 16 }, () => 40)));
  expect((await runInProcess(["--lang", "en", "portable", input, "--out", once])).code).toBe(0);
  const first = await formulasOf(once);
  expect(Object.values(first.formulas).some((f) => f.includes("COMPETENCY"))).toBe(false);

  const bytes = new Uint8Array(readFileSync(once));
  const { record } = readWorkbookParts(once, bytes, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: {},
    locale: "en",
  });
  expect(record?.sheets).toEqual(first.sheets.slice(2));
  expect(record?.formulas.map((f) => `${f.sheet}!${f.address} ${f.formula}`)).toContain(
    `${SHEET}!A1 =COMPETENCY.KNOWLEDGE(L1)`,
  );
  const carried = readCustomXmlParts(bytes, STANDARDS_NAMESPACE).join("");
  for (const code of ["MPM7233-002v3", "INM2521-001v2", "IIS3512-001v1"]) expect(carried).toContain(code);

  const run = await runInProcess(["--lang", "en", "portable", once, "--out", twice]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("COMPETENCY.SEARCH: 2");
  const second = await formulasOf(twice);
  expect(second).toEqual(first);
  // The CLI cannot import the Office.js adapters: the names it reads are theirs.
  expect(STANDARDS_NAMESPACE).toBe(ADDIN_STANDARDS_NAMESPACE);
  expect(DEFAULT_STANDARD_SETTING).toBe(ADDIN_DEFAULT_SETTING);
});

test("--default overrides the default standard the workbook stores; the lookup sheet shows it where a person can change it", async () => {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  const output = join(dir, "out.xlsx");
  writeFileSync(input, await competencyWorkbook([12]));
  const stored = await runInProcess(["--lang", "en", "portable", input, "--out", output]);
  expect(stored.code).toBe(0);
  const defaultCell = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(output) as unknown as ExcelJS.Buffer);
    return workbook.getWorksheet("Competency lookups")!.getCell("B2").value;
  };
  expect(await defaultCell()).toBe("INM2521-001v2");
  await runInProcess(["--lang", "en", "portable", input, "--out", output, "--default", "IIS3512-001"]);
  expect(await defaultCell()).toBe("IIS3512-001");
});

test("a spill reference beside a call is rewritten; a formula the tokenizer cannot read is named with why, exit 2, and left", async () => {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  const output = join(dir, "out.xlsx");
  const unreadable = 'COMPETENCY.NAME("T1.1","INM2521-001v2")&COUNTA(C1 #)';
  writeFileSync(
    input,
    await workbookWith({
      A1: 'COMPETENCY.NAME("T1.1","INM2521-001v2")&COUNTA(C1#)',
      A3: unreadable,
      A5: "SUM(C1 #)",
    }),
  );
  const run = await runInProcess(["--lang", "en", "portable", input, "--out", output]);
  expect(run.code).toBe(2);
  // Characters count in the formula with its "=", as the formula bar shows it.
  const at = `=${unreadable}`.indexOf("#") + 1;
  expect(run.stderr).toContain(`Sheet1!A3: The "#" at character ${at} is neither an error value`);
  expect(run.stderr).not.toContain("Sheet1!A5");
  const { formulas } = await formulasOf(output);
  expect(formulas.A1).toMatch(/^INDEX\('Competency lookups'!.*&COUNTA\(C1#\)$/);
  expect(formulas.A3).toBe(unreadable);
  expect(formulas.A5).toBe("SUM(C1 #)");
});

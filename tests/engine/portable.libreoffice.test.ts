import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { runInProcess } from "../cli/run-in-process";
import { libreOffice, recalculatedValues } from "../helpers/libreoffice";
import {
  CARRIED_JSON,
  DEFAULT_STANDARD,
  INPUTS,
  CROSS_SHEET_INPUT,
  SHEET,
  SPECS,
  callRows,
  competencyWorkbook,
  type CallSpec,
} from "../portable/competency-workbook";

/**
 * The acceptance test on a real engine: a workbook with calls of all 13 functions in all
 * three saved forms → `portable` → LibreOffice recalculates it without the add-in → every cell
 * equals what `competency call` answers for the same arguments; then a referenced task code and a
 * referenced standard change, LibreOffice recalculates again, and the results follow.
 */
type Inputs = Record<string, string | number>;

/** What `competency call` answers: rows of fields, or an Excel error code. */
async function callAnswer(spec: CallSpec, inputs: Inputs): Promise<string[][] | string> {
  const args = spec.args.map((arg) => String("cell" in arg ? inputs[arg.cell]! : arg.constant));
  const run = await runInProcess([
    "--lang",
    "en",
    "call",
    "--default",
    DEFAULT_STANDARD,
    "--load",
    CARRIED_JSON,
    spec.id,
    ...args,
  ]);
  if (run.code !== 0) return run.stderr.split(" ")[0]!;
  return run.stdout
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t"));
}

/** The cells a call's formula shows, from the function's answer and the formula around the call. */
function expectedCells(spec: CallSpec, answer: string[][] | string): string[][] {
  switch (spec.wrapper) {
    case "none":
      return typeof answer === "string" ? [[answer]] : answer;
    case "COUNTA":
      return [[typeof answer === "string" ? "1" : String(answer.flat().length)]];
    case "IFERROR":
      return [[typeof answer === "string" ? "0" : answer[0]![0]!]];
    case "INDEX":
      return [[typeof answer === "string" ? answer : answer[1]![1]!]];
  }
}

function inputsWith(changes: Inputs): Inputs {
  return { ...INPUTS, [`'輸入'!${CROSS_SHEET_INPUT.address}`]: CROSS_SHEET_INPUT.value, ...changes };
}

/** The cells LibreOffice shows for a block of `size` starting at `row` in column A. */
function shown(values: string[][], row: number, size: { rows: number; columns: number }): string[][] {
  return Array.from({ length: size.rows }, (_, r) =>
    Array.from({ length: size.columns }, (_, c) =>
      (values[row - 1 + r]?.[c] ?? "").replace(/[\t\r\n]+/g, " "),
    ),
  );
}

/** Today's answer padded (#N/A, as engines show an array formula's cells past its result) or cut to the block's size. */
function fitted(cells: string[][], size: { rows: number; columns: number }): string[][] {
  return Array.from({ length: size.rows }, (_, r) =>
    Array.from({ length: size.columns }, (_, c) => cells[r]?.[c] ?? "#N/A"),
  );
}

test("LibreOffice is here (the engine test below needs it)", () => {
  expect(libreOffice()).toMatch(/libreoffice|soffice/);
});

test("a portable workbook computes every COMPETENCY call in LibreOffice, and follows edited inputs", async () => {
  const before = inputsWith({});
  const cells = await Promise.all(
    SPECS.map(async (spec) => expectedCells(spec, await callAnswer(spec, before))),
  );
  expect(cells.every((c) => c.length > 0)).toBe(true);
  const sizes = cells.map((c) => ({ rows: c.length, columns: c[0]!.length }));
  const rows = callRows(sizes.map((s) => s.rows));

  const dir = mkdtempSync(join(tmpdir(), "portable-engine-"));
  const input = join(dir, "analysis.xlsx");
  const output = join(dir, "portable.xlsx");
  writeFileSync(input, await competencyWorkbook(sizes.map((s) => s.rows)));
  const run = await runInProcess(["--lang", "en", "portable", input, "--out", output]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("COMPETENCY.SEARCH: 2");
  for (const id of new Set(SPECS.map((s) => s.id))) expect(run.stdout).toContain(`COMPETENCY.${id}:`);

  const recalculated = recalculatedValues(new Uint8Array(readFileSync(output)));
  expect(recalculated.flat().filter((v) => v.startsWith("#NAME"))).toEqual([]);
  SPECS.forEach((spec, i) => {
    expect({ call: spec, cells: shown(recalculated, rows[i]!, sizes[i]!) }).toEqual({
      call: spec,
      cells: cells[i],
    });
  });

  // A colleague edits a referenced task code and a referenced standard: the results follow.
  const after = inputsWith({ L1: "T2.1", L2: "IIS3512-001v1" });
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.load(readFileSync(output) as unknown as ExcelJS.Buffer);
  edited.getWorksheet(SHEET)!.getCell("L1").value = after.L1!;
  edited.getWorksheet(SHEET)!.getCell("L2").value = after.L2!;
  const again = recalculatedValues(new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer));
  const changed = await Promise.all(
    SPECS.map(async (spec) => expectedCells(spec, await callAnswer(spec, after))),
  );
  expect(changed).not.toEqual(cells);
  SPECS.forEach((spec, i) => {
    expect({ call: spec, cells: shown(again, rows[i]!, sizes[i]!) }).toEqual({
      call: spec,
      cells: fitted(changed[i]!, sizes[i]!),
    });
  });
}, 240_000);

test("a COMPETENCY formula filled down (saved once, shared) is rewritten in every cell it was filled into", async () => {
  const tasks = ["T1.1", "T2.1", "T2.2", "T2.3"];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tasks");
  tasks.forEach((task, i) => (sheet.getCell(i + 1, 1).value = task));
  sheet.fillFormula(`B1:B${tasks.length}`, '_xldudf_COMPETENCY_NAME(A1,"INM2521-001v2")');
  const dir = mkdtempSync(join(tmpdir(), "portable-shared-"));
  writeFileSync(join(dir, "in.xlsx"), new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  const run = await runInProcess([
    "--lang",
    "en",
    "portable",
    join(dir, "in.xlsx"),
    "--out",
    join(dir, "out.xlsx"),
  ]);
  expect(run.stdout).toContain(`COMPETENCY.NAME: ${tasks.length}`);
  const names = await Promise.all(
    tasks.map(async (task) => (await runInProcess(["call", "NAME", task, "INM2521-001v2"])).stdout.trim()),
  );
  const values = recalculatedValues(new Uint8Array(readFileSync(join(dir, "out.xlsx"))));
  expect(values.map((row) => row.slice(0, 2))).toEqual(tasks.map((task, i) => [task, names[i]]));
}, 120_000);

test("COMPETENCY.CHANGES is rewritten: LibreOffice shows what `competency call CHANGES` answers, and follows its cells", async () => {
  // The second version of seed 000, built from it by scripts/fixtures/version-pairs.ts.
  const v3 = join(VERSION_PAIRS_DIR, "tab-all", "new.txt");
  const answer = async (older: string, newer: string): Promise<string[][]> => {
    const call = await runInProcess(["--lang", "zh", "call", "--load", v3, "CHANGES", older, newer]);
    expect(call.code).toBe(0);
    return call.stdout
      .replace(/\n$/, "")
      .split("\n")
      .map((line) => line.split("\t"));
  };
  const constant = await answer("INM2521-001v2", "INM2521-001");
  const referenced = await answer("INM2521-001v3", "INM2521-001v2");
  const referencedRow = constant.length + 2;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Changes");
  sheet.getCell("H1").value = "INM2521-001v3";
  sheet.getCell("H2").value = "INM2521-001v2";
  sheet.getCell("A1").value = { formula: '_xldudf_COMPETENCY_CHANGES("INM2521-001v2","INM2521-001")' };
  sheet.getCell(`A${referencedRow}`).value = { formula: "COMPETENCY.CHANGES(H1,H2)" };
  const dir = mkdtempSync(join(tmpdir(), "portable-changes-"));
  writeFileSync(join(dir, "in.xlsx"), new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  const run = await runInProcess([
    "--lang",
    "zh",
    "portable",
    join(dir, "in.xlsx"),
    "--load",
    v3,
    "--out",
    join(dir, "out.xlsx"),
  ]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("COMPETENCY.CHANGES: 2");
  const sizeOf = (cells: string[][]) => ({ rows: cells.length, columns: cells[0]!.length });
  const values = recalculatedValues(new Uint8Array(readFileSync(join(dir, "out.xlsx"))));
  expect(shown(values, 1, sizeOf(constant))).toEqual(constant);
  expect(shown(values, referencedRow, sizeOf(referenced))).toEqual(referenced);

  // The cells name the versions the other way round: the referenced call follows.
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.load(readFileSync(join(dir, "out.xlsx")) as unknown as ExcelJS.Buffer);
  edited.getWorksheet("Changes")!.getCell("H1").value = "INM2521-001v2";
  edited.getWorksheet("Changes")!.getCell("H2").value = "INM2521-001v3";
  const again = recalculatedValues(new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer));
  const swapped = await answer("INM2521-001v2", "INM2521-001v3");
  expect(swapped).not.toEqual(referenced);
  expect(shown(again, referencedRow, sizeOf(referenced))).toEqual(fitted(swapped, sizeOf(referenced)));
}, 120_000);

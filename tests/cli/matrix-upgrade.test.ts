import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { buildStandardSheet } from "../../src/layout";
import { buildAssessmentWorkbook } from "../../src/layout/assessment";
import { buildStaffingMatrix } from "../../src/layout/staffing-matrix";
import { writeWorkbook } from "../../src/xlsx";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { readBack, readTable } from "../xlsx/read-back";
import { runInProcess } from "./run-in-process";

const dir = mkdtempSync(join(tmpdir(), "matrix-upgrade-cli-"));
const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;
const tabAll = join(VERSION_PAIRS_DIR, "tab-all", "new.txt");

async function workbookWith(name: string, units: "tasks" | "ks"): Promise<string> {
  const matrix = buildStaffingMatrix({
    standards: [cloud],
    units,
    people: ["甲"],
    ratings: () => 2,
    locale: "en",
  });
  if (!matrix.ok) throw new Error(matrix.error.message.en);
  const path = join(dir, name);
  writeFileSync(path, (await writeWorkbook([buildStandardSheet(service), matrix.value])).bytes);
  return path;
}

test("the matrix sheet is replaced in place; the other sheets stay", async () => {
  const input = await workbookWith("ks.xlsx", "ks");
  const out = join(dir, "ks-moved.xlsx");
  const run = await runInProcess([
    "--lang",
    "en",
    "matrix-upgrade",
    input,
    "--load",
    tabAll,
    "--to",
    "INM2521-001v3",
    "--out",
    out,
  ]);
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n").slice(1, 7)).toEqual([
    "  Staffing matrix: INM2521-001v2 → INM2521-001v3",
    // 15 K and 14 S items in v3: all but the renumbered K16 and the new S14 kept as they were.
    expect.stringMatching(/^ {2}kept\t27\tK01 K02 /),
    "  carried\t1\tK15→K16",
    "  review\t0\t",
    "  archived\t0\t",
    "  added\t1\tS14",
  ]);
  const workbook = await readBack(readFileSync(out));
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    "IIS3512-001v1 雲端資訊服務人員",
    "Staffing matrix",
  ]);
  const sheet = workbook.worksheets[1]!;
  expect(sheet.getCell("A1").value).toBe("Staffing matrix · INM2521-001v3 雲端架構工程人員");
});

test("the input file is never overwritten: --out naming it is refused before any work, in both languages", async () => {
  const input = await workbookWith("same.xlsx", "tasks");
  const before = readFileSync(input);
  const args = ["matrix-upgrade", input, "--load", tabAll, "--to", "INM2521-001v3", "--out", input];
  expect(await runInProcess(["--lang", "en", ...args])).toEqual({
    code: 64,
    stdout: "",
    stderr: "--out must not be the input file.\n",
  });
  expect((await runInProcess(["--lang", "zh", ...args])).stderr).toBe("--out 不可與輸入檔相同。\n");
  expect(readFileSync(input).equals(before)).toBe(true);
});

test("what cannot be moved says why and exits 2", async () => {
  const input = await workbookWith("tasks.xlsx", "tasks");
  const out = join(dir, "bad.xlsx");
  const en = (...args: string[]) => runInProcess(["--lang", "en", "matrix-upgrade", ...args]);
  expect(await en(input, "--to", "IIS3512-001v1", "--out", out)).toEqual({
    code: 2,
    stdout: "",
    stderr: "This matrix uses no other version of IIS3512-001v1 (it uses INM2521-001v2).\n",
  });
  expect((await en(input, "--to", "INM2521-001v9", "--out", out)).stderr).toMatch(
    /^No standard "INM2521-001v9"/,
  );
  const noMatrix = join(dir, "plain.xlsx");
  writeFileSync(noMatrix, (await writeWorkbook([buildStandardSheet(service)])).bytes);
  expect((await en(noMatrix, "--load", tabAll, "--to", "INM2521-001v3", "--out", out)).stderr).toBe(
    `${noMatrix} holds no staffing matrix.\n`,
  );
  expect(
    (
      await en(
        input,
        "--sheet",
        "IIS3512-001v1 雲端資訊服務人員",
        "--load",
        tabAll,
        "--to",
        "INM2521-001v3",
        "--out",
        out,
      )
    ).stderr,
  ).toBe(`${input} holds no staffing matrix.\n`);
  expect(
    (await en(input, "--sheet", "Staffing matrix", "--load", tabAll, "--to", "INM2521-001v3", "--out", out))
      .code,
  ).toBe(0);
  expect((await en(input, "--out", out)).code).toBe(64);
  expect((await en("--to", "INM2521-001v3", "--out", out)).code).toBe(64);
});

test("the moved file keeps the matrix's rating scale, its people's availability and ratings", async () => {
  const matrix = buildStaffingMatrix({
    standards: [cloud],
    people: ["甲", "乙"],
    available: [true, false],
    scale: { min: 1, max: 5 },
    ratings: (p) => (p === 0 ? 5 : 1),
  });
  if (!matrix.ok) throw new Error(matrix.error.message.en);
  const input = join(dir, "scale.xlsx");
  writeFileSync(input, (await writeWorkbook([matrix.value])).bytes);
  const out = join(dir, "scale-moved.xlsx");
  const run = await runInProcess([
    "matrix-upgrade",
    input,
    "--load",
    tabAll,
    "--to",
    "INM2521-001v3",
    "--out",
    out,
  ]);
  expect(run.code).toBe(0);
  const sheet = (await readBack(readFileSync(out))).worksheets[0]!;
  const table = readTable(sheet, "StaffingMatrix");
  const top = Number(/\d+/.exec(table.tableRef)![0]);
  const headers = table.columns.map((c) => c.name);
  expect(headers.slice(0, 3)).toEqual(["姓名", "角色", "INM2521-001v3 T1.1"]);
  const available = headers.indexOf("可出勤") + 1;
  expect([1, 2].map((p) => sheet.getCell(top + p, available).value)).toEqual(["是", "否"]);
  expect([1, 2].map((p) => sheet.getCell(top + p, 3).value)).toEqual([5, 1]);
  expect(sheet.getCell(top + 1, 3).dataValidation.formulae).toEqual(['"1,2,3,4,5"']);
});

test("a file with the matrix's assessment moves all four sheets, marks carried, in one output file", async () => {
  const built = buildAssessmentWorkbook({ standards: [cloud], people: ["甲", "乙"], rating: "derived" });
  if (!built.ok) throw new Error(built.error.message.en);
  const input = join(dir, "assessed.xlsx");
  writeFileSync(input, (await writeWorkbook([buildStandardSheet(service), ...built.value])).bytes);
  // 甲 marks every indicator of T2.3 (renumbered to T1.2 in v3) as met, in the file itself.
  const workbook = await readBack(readFileSync(input));
  const assessment = workbook.getWorksheet("職能評核")!;
  const headers = assessment.getRow(6).values as unknown[];
  const t23 = headers.flatMap((h, col) => (/^INM2521-001v2 P2\.3\.\d$/.test(String(h)) ? [col] : []));
  expect(t23).toHaveLength(3);
  for (const col of t23) assessment.getCell(7, col).value = "達成";
  writeFileSync(input, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));

  const out = join(dir, "assessed-moved.xlsx");
  const run = await runInProcess([
    "matrix-upgrade",
    input,
    "--load",
    tabAll,
    "--to",
    "INM2521-001v3",
    "--out",
    out,
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("  職能評核: 行為指標\n");
  expect(run.stdout).toContain("  隨新代碼\t3\tP2.3.1→P1.2.1 P2.3.2→P1.2.2 P2.3.3→P1.2.3\n");
  const moved = await readBack(readFileSync(out));
  expect(moved.worksheets.map((s) => s.name)).toEqual([
    "IIS3512-001v1 雲端資訊服務人員",
    "人員職能矩陣",
    "職能評核",
    "職能等級",
    "培訓需求",
  ]);
  const movedAssessment = moved.getWorksheet("職能評核")!;
  const movedHeaders = movedAssessment.getRow(6).values as unknown[];
  const t12 = movedHeaders.flatMap((h, col) => (/^INM2521-001v3 P1\.2\.\d$/.test(String(h)) ? [col] : []));
  expect(t12.map((col) => movedAssessment.getCell(7, col).value)).toEqual(["達成", "達成", "達成"]);
  expect(t12.map((col) => movedAssessment.getCell(8, col).value)).toEqual([null, null, null]);
  // The derived matrix reads the rebuilt derived levels.
  const matrix = moved.getWorksheet("人員職能矩陣")!;
  const table = readTable(matrix, "StaffingMatrix");
  const top = Number(/\d+/.exec(table.tableRef)![0]);
  expect((matrix.getCell(top + 1, 3).value as { formula: string }).formula).toBe("'職能等級'!C4");
});

test("the moved matrix keeps its charts, on its own sheet wherever it stands in the file", async () => {
  const matrix = buildStaffingMatrix({ standards: [cloud], people: ["甲"], ratings: () => 2, locale: "en" });
  if (!matrix.ok) throw new Error(matrix.error.message.en);
  const input = join(dir, "charts.xlsx");
  writeFileSync(input, (await writeWorkbook([matrix.value, buildStandardSheet(service)])).bytes);
  const out = join(dir, "charts-moved.xlsx");
  const run = await runInProcess([
    "matrix-upgrade",
    input,
    "--load",
    tabAll,
    "--to",
    "INM2521-001v3",
    "--out",
    out,
  ]);
  expect(run.code).toBe(0);
  const files = unzipSync(new Uint8Array(readFileSync(out)));
  const text = (path: string) => strFromU8(files[path]!);
  const rid = /<sheet [^>]*name="Staffing matrix"[^>]*r:id="(rId\d+)"/.exec(text("xl/workbook.xml"))![1];
  const part = new RegExp(`Id="${rid}"[^>]*Target="worksheets/(sheet\\d+)\\.xml"`).exec(
    text("xl/_rels/workbook.xml.rels"),
  )![1];
  expect(text(`xl/worksheets/_rels/${part}.xml.rels`)).toMatch(/Target="\.\.\/drawings\/drawing1\.xml"/);
  const charts = Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(2);
  expect(charts.every((f) => text(f).includes("'Staffing matrix'!"))).toBe(true);
});

import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAssessmentWorkbook } from "../../src/layout/assessment";
import { buildStaffingMatrix, matrixUnits, type MatrixUnit } from "../../src/layout/staffing-matrix";
import type { Standard, Task } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { writeWorkbook } from "../../src/xlsx";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { runInProcess } from "../cli/run-in-process";
import { libreOffice, recalculatedSheets, recalculatedValues } from "../helpers/libreoffice";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

/**
 * A matrix on IIS3512-001v1 (and INM2521-001v2 beside it) is rated, moved to IIS3512-001v2 (every
 * kind of change, seed 003 style) by the CLI, and LibreOffice recalculates the moved file: the
 * ratings sit under their new codes and coverage, gaps and people meeting each unit follow them.
 */
const cloud = parseSeed(SEED_000).standard;
const v1 = parseSeed(SEED_003).standard;
const newFile = join(VERSION_PAIRS_DIR, "pdf-all", "new.txt");

/** `competency matrix-upgrade` of a workbook onto the new version of IIS3512-001; it must succeed. */
async function moveToNewVersion(input: string, output: string): Promise<{ stdout: string }> {
  const run = await runInProcess([
    "matrix-upgrade",
    input,
    "--load",
    newFile,
    "--to",
    "IIS3512-001",
    "--out",
    output,
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return run;
}
const v2 = parseStandard(readFileSync(newFile, "utf8")).standard;
const people = ["王小明", "陳美玲", "林志豪", "張雅婷"];
const roles = [v1.code, v1.code, v1.code, cloud.code];
/** Old unit code → each person's rating of it (IIS3512-001v1's tasks; cloud's get 4 for all). */
const OLD_RATINGS: Record<string, (number | null)[]> = {
  "T1.1": [3, 2, null, 1],
  "T1.2": [4, 3, 1, null],
  "T2.1": [3, 5, 2, 0],
  "T2.2": [3, 4, 6, null],
};
/** Where IIS3512-001v1's tasks went in v2: T1.2 moved under T2 as T2.3. */
const NEW_CODE_OF: Record<string, string> = {
  "T1.1": "T1.1",
  "T1.2": "T2.3",
  "T2.1": "T2.1",
  "T2.2": "T2.2",
};

const rating = (p: number, unit: MatrixUnit): number | null =>
  unit.standard === cloud ? 4 : (OLD_RATINGS[unit.code]?.[p] ?? null);

test("LibreOffice is here (the engine test below needs it)", () => {
  expect(libreOffice()).toMatch(/libreoffice|soffice/);
});

test("the moved matrix: ratings under their new codes; LibreOffice's coverage and gaps follow them", async () => {
  const built = buildStaffingMatrix({ standards: [cloud, v1], people, roles, ratings: rating, locale: "zh" });
  if (!built.ok) throw new Error(built.error.message.en);
  const dir = mkdtempSync(join(tmpdir(), "matrix-upgrade-"));
  const input = join(dir, "matrix.xlsx");
  const output = join(dir, "moved.xlsx");
  writeFileSync(input, (await writeWorkbook([built.value])).bytes);

  const run = await moveToNewVersion(input, output);
  expect(run.stdout).toBe(
    `${output}\n  人員職能矩陣: IIS3512-001v1 → IIS3512-001v2\n` +
      "  保留\t2\tT1.1 T2.1\n  隨新代碼\t1\tT1.2→T2.3\n  需複核\t1\tT2.2\n  封存\t0\t\n  新增\t0\t\n",
  );

  const values = recalculatedValues(new Uint8Array(readFileSync(output)));
  const header = values.findIndex((row) => row[0] === "姓名");
  const col = (text: string) => values[header]!.indexOf(text);
  const newUnits = matrixUnits([cloud, v2], "tasks", { min: 0, max: 6 });
  const unitCol = (unit: MatrixUnit) => col(`${unit.standard.code} ${unit.code}`);
  expect(newUnits.every((u) => unitCol(u) > 0)).toBe(true);

  // Each v2 unit holds the ratings its v1 unit had; cloud's stay.
  const carried = (p: number, unit: MatrixUnit): number | null => {
    if (unit.standard === cloud) return 4;
    const old = Object.keys(NEW_CODE_OF).find((code) => NEW_CODE_OF[code] === unit.code);
    return old === undefined ? null : (OLD_RATINGS[old]![p] ?? null);
  };
  /** A value LibreOffice computed: "75%" is 0.75; an empty cell is null. */
  const numeric = (text: string | undefined) =>
    text === undefined || text === ""
      ? null
      : text.endsWith("%")
        ? Number(text.slice(0, -1)) / 100
        : Number(text);
  people.forEach((name, p) => {
    const row = values[header + 1 + p]!;
    expect(row[0]).toBe(name);
    expect(newUnits.map((u) => numeric(row[unitCol(u)]))).toEqual(newUnits.map((u) => carried(p, u)));
  });

  // What the engine computed against the new version's levels (T2.2 now asks for 4, not 3).
  const role = (p: number) => (roles[p] === v1.code ? v2 : cloud);
  const required = (p: number) => newUnits.filter((u) => u.standard === role(p));
  const met = (p: number) => required(p).filter((u) => (carried(p, u) ?? -1) >= u.level).length;
  people.forEach((_name, p) => {
    const row = values[header + 1 + p]!;
    expect(numeric(row[col("達標項數")])).toBe(met(p));
    expect(numeric(row[col("應達項數")])).toBe(required(p).length);
    expect(numeric(row[col("覆蓋率")])).toBeCloseTo(met(p) / required(p).length, 10);
  });
  expect(met(0)).toBe(3);
  const meetingRow = values.find((row) => row[0]?.startsWith("達標人數"))!;
  expect(newUnits.map((u) => numeric(meetingRow[unitCol(u)]))).toEqual(
    // Since issue 14 a unit counts the people whose role asks for it.
    newUnits.map(
      (u) =>
        people.filter((_n, p) => role(p) === u.standard && (carried(p, u) ?? -Infinity) >= u.level).length,
    ),
  );
}, 180_000);

/** Old indicator code → its code in v2: T1.2's indicators moved with it to T2.3. */
const newIndicatorCode = (code: string) => code.replace(/^P1\.2\./, "P2.3.");
const MET = "達成";
const NOT_MET = "未達成";
type Mark = typeof MET | typeof NOT_MET | null;
const assessed = ["王小明", "陳美玲", "林志豪"];
/** Marks on IIS3512-001v1's indicators (by task and indicator index): agreement, gaps, blanks. */
function oldMark(person: number, manager: boolean, task: Task, indicator: number): Mark {
  switch (person) {
    case 0: // self says all met; the manager says the first indicator of T1.1 is not
      return manager ? (task.code === "T1.1" && indicator === 0 ? NOT_MET : null) : MET;
    case 1: // the manager marks all of T1.2 (which moves) and T2.2 (whose level changes) met
      return manager && (task.code === "T1.2" || task.code === "T2.2") ? MET : null;
    default: // self, the first indicator of each task only
      return !manager && indicator === 0 ? MET : null;
  }
}
const tasksOf = (standard: Standard) => standard.duties.flatMap((d) => d.tasks);
const codesOf = (task: Task) => [...new Set(task.blocks.flatMap((b) => b.indicators.map((i) => i.code)))];
/** The mark a person's rater gave the v1 indicator that became `code` in v2. */
function carriedMark(person: number, manager: boolean, code: string): Mark {
  for (const task of tasksOf(v1)) {
    const index = codesOf(task).findIndex((old) => newIndicatorCode(old) === code);
    if (index >= 0) return oldMark(person, manager, task, index);
  }
  return null;
}
/** A v2 task's level from the kept marks: the manager's, else the person's own. */
function derivedLevel(person: number, task: Task): number | null {
  const marks = (code: string) => carriedMark(person, true, code) ?? carriedMark(person, false, code);
  if (codesOf(task).every((code) => marks(code) === null)) return null;
  const met = task.blocks.filter(
    (b) => b.level !== null && b.indicators.length > 0 && b.indicators.every((i) => marks(i.code) === MET),
  );
  return Math.max(0, ...met.map((b) => b.level!));
}

test("a matrix with its assessment moved: LibreOffice's derived levels, coverage and gaps follow the kept marks", async () => {
  const built = buildAssessmentWorkbook({
    standards: [v1],
    people: assessed,
    rating: "derived",
    locale: "zh",
  });
  if (!built.ok) throw new Error(built.error.message.en);
  const [matrixPlan, assessmentPlan] = built.value;
  const filled = new ExcelJS.Workbook();
  await filled.xlsx.load((await writeWorkbook(built.value)).bytes as unknown as ArrayBuffer);
  const sheet = filled.getWorksheet(assessmentPlan!.name)!;
  const headers = sheet.getRow(assessmentPlan!.tables[0]!.range.top + 1).values as unknown[];
  assessed.forEach((_name, p) =>
    [false, true].forEach((manager, r) =>
      tasksOf(v1).forEach((task) =>
        codesOf(task).forEach((code, c) => {
          const value = oldMark(p, manager, task, c);
          const col = headers.indexOf(`${v1.code} ${code}`);
          const row = assessmentPlan!.tables[0]!.range.top + 2 + p * 2 + r;
          if (value !== null) sheet.getCell(row, col).value = value;
        }),
      ),
    ),
  );
  // 林志豪 is away: the move keeps that, and the counts leave him out.
  const matrixSheet = filled.getWorksheet(matrixPlan!.name)!;
  const matrixTop = matrixPlan!.tables[0]!.range.top + 1;
  const matrixHeaders = matrixSheet.getRow(matrixTop).values as unknown[];
  matrixSheet.getCell(matrixTop + 3, matrixHeaders.indexOf("可出勤")).value = "否";
  const dir = mkdtempSync(join(tmpdir(), "matrix-upgrade-assessed-"));
  const input = join(dir, "assessed.xlsx");
  const output = join(dir, "moved.xlsx");
  writeFileSync(input, new Uint8Array(await filled.xlsx.writeBuffer()));

  const run = await moveToNewVersion(input, output);
  expect(run.stdout).toContain("  職能評核: 行為指標\n");
  expect(run.stdout).toContain("  隨新代碼\t2\tP1.2.1→P2.3.1 P1.2.2→P2.3.2\n");

  const [matrix, , derived] = recalculatedSheets(new Uint8Array(readFileSync(output)), "moved.xlsx", 3);
  const numeric = (text: string | undefined) =>
    text === undefined || text.trim() === ""
      ? null
      : text.endsWith("%")
        ? Number(text.slice(0, -1)) / 100
        : Number(text);
  const newTasks = tasksOf(v2);
  const levels = assessed.map((_name, p) => newTasks.map((task) => derivedLevel(p, task)));
  // The marks give every kind of level: blank, 0 and a met block, on a moved task too.
  expect(levels.flat()).toEqual(expect.arrayContaining([null, 0]));
  expect(levels[1]![newTasks.findIndex((t) => t.code === "T2.3")]).toBeGreaterThan(0);

  const derivedTop = derived!.findIndex((row) => row[0] === "姓名");
  const derivedHeader = derived![derivedTop]!;
  assessed.forEach((name, p) => {
    const row = derived![derivedTop + 1 + p]!;
    expect(row[0]).toBe(name);
    expect(newTasks.map((t) => numeric(row[derivedHeader.indexOf(`${v2.code} ${t.code}`)]))).toEqual(
      levels[p],
    );
  });

  const header = matrix!.findIndex((row) => row[0] === "姓名");
  const col = (text: string) => matrix![header]!.indexOf(text);
  const required = newTasks.map((t) => Math.max(...t.blocks.map((b) => b.level ?? 0)));
  const meets = (p: number, t: number) => levels[p]![t] !== null && levels[p]![t]! >= required[t]!;
  const coverage = assessed.map((_name, p) => {
    const rated = levels[p]!.some((l) => l !== null);
    return rated ? newTasks.filter((_t, i) => meets(p, i)).length / newTasks.length : null;
  });
  assessed.forEach((_name, p) => {
    const row = matrix![header + 1 + p]!;
    expect(newTasks.map((t) => numeric(row[col(`${v2.code} ${t.code}`)]))).toEqual(levels[p]);
    expect(row[col("可出勤")]).toBe(p === 2 ? "否" : "是");
    const got = numeric(row[col("覆蓋率")]);
    if (coverage[p] === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(coverage[p]!, 10);
  });
  const meetingRow = matrix!.find((row) => row[0]?.startsWith("達標人數"))!;
  expect(newTasks.map((t) => numeric(meetingRow[col(`${v2.code} ${t.code}`)]))).toEqual(
    newTasks.map((_t, i) => [0, 1].filter((p) => meets(p, i)).length),
  );
  const summaryHeader = matrix![header]!;
  const roleRow = matrix![header + 1]!;
  const gaps = [0, 1].filter((p) => coverage[p] !== null && coverage[p]! < 1).length;
  expect(gaps).toBeGreaterThan(0);
  expect(numeric(roleRow[summaryHeader.indexOf("未全數達標人數")])).toBe(gaps);
}, 240_000);

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildStaffingMatrix, matrixUnits, type MatrixUnit } from "../../src/layout/staffing-matrix";
import { parseStandard } from "../../src/parse";
import { writeWorkbook } from "../../src/xlsx";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { runInProcess } from "../cli/run-in-process";
import { libreOffice, recalculatedValues } from "../helpers/libreoffice";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

/**
 * A matrix on IIS3512-001v1 (and INM2521-001v2 beside it) is rated, moved to IIS3512-001v2 (every
 * kind of change, seed 003 style) by the CLI, and LibreOffice recalculates the moved file: the
 * ratings sit under their new codes and coverage, gaps and people meeting each unit follow them.
 */
const cloud = parseSeed(SEED_000).standard;
const v1 = parseSeed(SEED_003).standard;
const newFile = join(VERSION_PAIRS_DIR, "pdf-all", "new.txt");
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
  const meetingRow = values.find((row) => row[0] === "達標人數")!;
  expect(newUnits.map((u) => numeric(meetingRow[unitCol(u)]))).toEqual(
    newUnits.map((u) => people.filter((_n, p) => (carried(p, u) ?? -Infinity) >= u.level).length),
  );
}, 180_000);

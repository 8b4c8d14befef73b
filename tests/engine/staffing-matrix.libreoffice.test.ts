import ExcelJS from "exceljs";
import {
  buildStaffingMatrix,
  chartDataFromValues,
  matrixUnits,
  roleLabels,
} from "../../src/layout/staffing-matrix";
import { writeWorkbook } from "../../src/xlsx";
import { libreOffice, recalculatedValues } from "../helpers/libreoffice";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

/**
 * A real engine computes the matrix: export it, fill in ratings as a person would, let LibreOffice
 * recalculate, and check coverage, gaps and bus-factor flags against values computed here.
 */
const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;
const standards = [cloud, service];
const people = ["王小明", "陳美玲", "林志豪", "張雅婷", "李建宏"];
const roles = [cloud.code, cloud.code, service.code, service.code, service.code];
const units = matrixUnits(standards, "tasks", { min: 0, max: 6 });
const labels = roleLabels(standards);

/** Ratings per person per unit (null = not rated), chosen to hit every case. */
const ratings: Array<Array<number | null>> = people.map((_, p) =>
  units.map((unit, u) => {
    if (p === 0) return unit.standard === cloud ? 4 : null;
    if (p === 1) return unit.standard === cloud ? (u % 2 === 0 ? 5 : 2) : 6;
    if (p === 2) return unit.standard === service ? (u === units.length - 1 ? 1 : 3) : null;
    if (p === 3) return unit.standard === service ? (u % 2 === 0 ? 3 : null) : 0;
    return u === 0 ? 6 : null;
  }),
);

/** What a person changed on the sheet: a lowered requirement (role, unit, level) and who is away. */
interface Edits {
  requirement?: { role: number; unit: number; level: number };
  unavailable: number[];
}

interface Expected {
  met: number[];
  required: number[];
  rated: number[];
  coverage: Array<number | null>;
  meeting: number[];
  flags: string[];
  roleCount: number[];
  roleAverage: Array<number | null>;
  roleGaps: number[];
}

function expected(edits: Edits): Expected {
  const requiredOf = (p: number, u: number): number | null => {
    const role = standards.findIndex((s) => s.code === roles[p]);
    const { requirement } = edits;
    if (requirement && requirement.role === role && requirement.unit === u) return requirement.level;
    return units[u]!.standard === standards[role] ? units[u]!.level : null;
  };
  const meets = (p: number, u: number) => {
    const need = requiredOf(p, u);
    const rating = ratings[p]![u];
    return need !== null && rating !== null && rating !== undefined && rating >= need;
  };
  const present = (p: number) => !edits.unavailable.includes(p);
  const requiredUnits = (p: number) => units.map((_u, u) => u).filter((u) => requiredOf(p, u) !== null);
  const met = people.map((_, p) => requiredUnits(p).filter((u) => meets(p, u)).length);
  const required = people.map((_, p) => requiredUnits(p).length);
  const rated = people.map((_, p) => requiredUnits(p).filter((u) => ratings[p]![u] !== null).length);
  const coverage = people.map((_, p) =>
    required[p] === 0 || rated[p] === 0 ? null : met[p]! / required[p]!,
  );
  const meeting = units.map((_unit, u) => people.filter((_, p) => present(p) && meets(p, u)).length);
  const flags = meeting.map((n) => (n === 0 ? "✖ 無人" : n === 1 ? "⚠ 僅一人" : ""));
  const byRole = standards.map((s) =>
    people.map((_, p) => p).filter((p) => roles[p] === s.code && present(p)),
  );
  const roleCount = byRole.map((ps) => ps.length);
  const roleAverage = byRole.map((ps) => {
    const values = ps.map((p) => coverage[p]).filter((c): c is number => c !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  });
  const roleGaps = byRole.map((ps) => ps.filter((p) => coverage[p] !== null && coverage[p]! < 1).length);
  return { met, required, rated, coverage, meeting, flags, roleCount, roleAverage, roleGaps };
}

/** A value LibreOffice computed: a number ("75%" is 0.75), or null for an empty cell or text. */
function numeric(value: string | undefined): number | null {
  const percent = value?.endsWith("%") ?? false;
  const number = Number(percent ? value!.slice(0, -1) : value);
  if (value === undefined || value.trim() === "" || Number.isNaN(number)) return null;
  return percent ? number / 100 : number;
}

test("LibreOffice is here (the engine test below needs it)", () => {
  expect(libreOffice()).toMatch(/libreoffice|soffice/);
});

async function recalculate(edits: Edits) {
  const built = buildStaffingMatrix({ standards, units: "tasks", people, roles, locale: "zh" });
  if (!built.ok) throw new Error(built.error.message.en);
  const plan = built.value;
  const { bytes } = await writeWorkbook([plan]);

  const filled = new ExcelJS.Workbook();
  await filled.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = filled.worksheets[0]!;
  const header = plan.tables[0]!.range.top + 1;
  const availableCol = plan.tables[0]!.range.right + 1;
  people.forEach((_, p) =>
    ratings[p]!.forEach((r, u) => r !== null && (sheet.getCell(header + 1 + p, 3 + u).value = r)),
  );
  edits.unavailable.forEach((p) => (sheet.getCell(header + 1 + p, availableCol).value = "否"));
  if (edits.requirement)
    sheet.getCell(7 + edits.requirement.role, 3 + edits.requirement.unit).value = edits.requirement.level;
  const values = recalculatedValues(new Uint8Array(await filled.xlsx.writeBuffer()));
  return { header, values, cell: (row: number, col: number) => values[row - 1]?.[col - 1] };
}

async function checkAgainstLibreOffice(edits: Edits) {
  const { header, cell, values } = await recalculate(edits);
  const want = expected(edits);
  const metCol = 3 + units.length;
  const person = (p: number, col: number) => cell(header + 1 + p, col);
  expect(people.map((_, p) => numeric(person(p, metCol)))).toEqual(want.met);
  expect(people.map((_, p) => numeric(person(p, metCol + 1)))).toEqual(want.required);
  expect(people.map((_, p) => numeric(person(p, metCol + 3)))).toEqual(want.rated);
  people.forEach((_, p) => {
    const got = numeric(person(p, metCol + 2));
    if (want.coverage[p] === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want.coverage[p]!, 10);
  });

  const meetingRow = 6 + labels.length + 1;
  expect(units.map((_, u) => numeric(cell(meetingRow, 3 + u)))).toEqual(want.meeting);
  expect(units.map((_, u) => cell(meetingRow + 1, 3 + u))).toEqual(want.flags);

  const summaryCol = metCol + 6;
  standards.forEach((_, r) => {
    const row = header + 1 + r;
    expect(cell(row, summaryCol)).toBe(labels[r]);
    expect(numeric(cell(row, summaryCol + 1))).toBe(want.roleCount[r]);
    const average = numeric(cell(row, summaryCol + 2));
    if (want.roleAverage[r] === null) expect(average).toBeNull();
    else expect(average).toBeCloseTo(want.roleAverage[r]!, 10);
    expect(numeric(cell(row, summaryCol + 3))).toBe(want.roleGaps[r]);
  });
  // The chart block shows the first person (the chooser's default) against their role.
  const blockTop = header + standards.length + 2;
  expect(cell(blockTop, summaryCol + 1)).toBe(people[0]);
  const block = units.map((_u, u) => [
    numeric(cell(blockTop + 2 + u, summaryCol + 1)),
    numeric(cell(blockTop + 2 + u, summaryCol + 2)),
  ]);
  const required = (u: number) =>
    edits.requirement?.role === 0 && edits.requirement.unit === u
      ? edits.requirement.level
      : units[u]!.standard === cloud
        ? units[u]!.level
        : null;
  expect(block).toEqual(units.map((_u, u) => [ratings[0]![u], required(u)]));

  // The pane's charts read the same figures back from the computed sheet.
  const read = values.map((row) => row.map((v) => numeric(v) ?? (v === "" ? null : v)));
  expect(chartDataFromValues(read, standards.length, units.length)).toEqual({
    units: units.map((u) => `${u.standard.code} ${u.code}`),
    meeting: want.meeting,
    person: { name: people[0], levels: ratings[0], required: units.map((_u, u) => required(u)) },
  });
  return want;
}

test("coverage, gaps and bus-factor flags computed by LibreOffice match", async () => {
  const want = await checkAgainstLibreOffice({ unavailable: [] });
  expect(want.flags.filter(Boolean).length).toBeGreaterThan(0);
  expect(want.coverage).toContain(null);
}, 180_000);

test("a lowered requirement and an absent person change the counts as they should", async () => {
  const lowered = { role: 0, unit: 3, level: 2 };
  const before = expected({ unavailable: [] });
  const want = await checkAgainstLibreOffice({ requirement: lowered, unavailable: [3] });
  expect(want.meeting[3]).toBeGreaterThan(before.meeting[3]!);
  expect(want.meeting.filter((n) => n <= 1).length).toBeGreaterThan(
    before.meeting.filter((n) => n <= 1).length,
  );
}, 180_000);

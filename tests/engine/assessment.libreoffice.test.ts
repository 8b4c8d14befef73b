import ExcelJS from "exceljs";
import { buildAssessmentWorkbook } from "../../src/layout/assessment";
import type { SheetPlan } from "../../src/layout";
import type { Standard, Task } from "../../src/model";
import { writeWorkbook } from "../../src/xlsx";
import { libreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

/**
 * The assessment computed by a real engine: export a matrix with its assessment for both seeds'
 * standards, mark indicators as a self-rater and a manager would, mark someone away, let
 * LibreOffice recalculate, and check every derived figure against values worked out here.
 */
const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;
const standards = [cloud, service];
const people = ["王小明", "陳美玲", "林志豪", "張雅婷", "李建宏"];
const roles = [cloud.code, cloud.code, service.code, service.code, service.code];
const MET = "達成";
const NOT_MET = "未達成";

interface TaskOf {
  standard: Standard;
  task: Task;
  /** Indicator codes of the task, each once. */
  codes: string[];
}
const tasks: TaskOf[] = standards.flatMap((standard) =>
  standard.duties.flatMap((duty) =>
    duty.tasks.map((task) => ({
      standard,
      task,
      codes: [...new Set(task.blocks.flatMap((b) => b.indicators.map((i) => i.code)))],
    })),
  ),
);

type Mark = typeof MET | typeof NOT_MET | null;

/** Who marks what: chosen so every rule is hit (agreement, disagreement, gaps, blanks, outsiders). */
function mark(person: number, manager: boolean, task: number, indicator: number): Mark {
  const own = tasks[task]!.standard.code === roles[person];
  switch (person) {
    case 0: // self says all met; the manager disagrees on the second task and leaves gaps elsewhere
      if (!own) return null;
      if (!manager) return MET;
      if (task === 1) return indicator === 0 ? NOT_MET : MET;
      if (task === 2) return null;
      return indicator % 2 === 0 ? MET : null;
    case 1: // only self marks, one miss on the first task; nothing on the second
      if (!own || manager || task === 1) return null;
      return task === 0 && indicator === 1 ? NOT_MET : MET;
    case 2: // the manager only: everything met, and one task of the other standard as well
      return manager && (own || task === 0) ? MET : null;
    case 3: // self met the first own task, the manager did not; nothing else but one more task
      if (!own) return null;
      if (task === 4) return indicator === 0 && manager ? NOT_MET : MET;
      return task === 7 && manager ? MET : null;
    default: // a manager who marks one indicator not met on every own task
      return own && manager ? (indicator === 0 ? NOT_MET : MET) : null;
  }
}

function levelFrom(marks: (code: string) => Mark, t: TaskOf): number | null {
  if (t.codes.every((code) => marks(code) === null)) return null;
  const levels = t.task.blocks
    .filter((b) => b.level !== null && b.indicators.length > 0)
    .filter((b) => b.indicators.every((i) => marks(i.code) === MET))
    .map((b) => b.level!);
  return Math.max(0, ...levels);
}

function expectedLevels(person: number) {
  const byRater = (manager: boolean, t: number) => (code: string) =>
    mark(person, manager, t, tasks[t]!.codes.indexOf(code));
  return tasks.map((t, i) => {
    const self = levelFrom(byRater(false, i), t);
    const manager = levelFrom(byRater(true, i), t);
    const merged = levelFrom((code) => byRater(true, i)(code) ?? byRater(false, i)(code), t);
    const differs = self !== null && manager !== null && self !== manager;
    return { merged, differs };
  });
}

function requiredLevel(person: number, t: number): number | null {
  const task = tasks[t]!;
  if (task.standard.code !== roles[person]) return null;
  return Math.max(...task.task.blocks.map((b) => b.level ?? 0));
}

function expectedMatrix(unavailable: readonly number[]) {
  const levels = people.map((_, p) => expectedLevels(p).map((l) => l.merged));
  const meets = (p: number, t: number) => {
    const need = requiredLevel(p, t);
    return need !== null && levels[p]![t] !== null && levels[p]![t]! >= need;
  };
  const requiredTasks = (p: number) => tasks.map((_t, i) => i).filter((t) => requiredLevel(p, t) !== null);
  const coverage = people.map((_, p) => {
    const required = requiredTasks(p);
    const rated = required.filter((t) => levels[p]![t] !== null);
    return rated.length === 0 ? null : required.filter((t) => meets(p, t)).length / required.length;
  });
  const meeting = tasks.map(
    (_t, i) => people.filter((_, p) => !unavailable.includes(p) && meets(p, i)).length,
  );
  const flags = meeting.map((n) => (n === 0 ? "✖ 無人" : n === 1 ? "⚠ 僅一人" : ""));
  const gaps = standards.map(
    (s) =>
      people.filter(
        (_, p) => roles[p] === s.code && !unavailable.includes(p) && coverage[p] !== null && coverage[p]! < 1,
      ).length,
  );
  return { levels, coverage, meeting, flags, gaps };
}

function expectedTraining() {
  const { levels } = expectedMatrix([]);
  const items = standards.flatMap((standard) =>
    [...standard.knowledge, ...standard.skills].map((item) => ({ standard, item })),
  );
  const below = (p: number, t: number) => {
    const need = requiredLevel(p, t);
    return need !== null && levels[p]![t] !== null && levels[p]![t]! < need;
  };
  const needs = people.map((_, p) =>
    items
      .filter(({ standard, item }) =>
        tasks.some(
          (t, i) =>
            t.standard === standard &&
            below(p, i) &&
            t.task.blocks.some((b) => b.knowledge.includes(item.code) || b.skills.includes(item.code)),
        ),
      )
      .map(({ item }) => `${item.code} ${item.name}`),
  );
  const counts = items.map(
    ({ item }) => needs.filter((list) => list.includes(`${item.code} ${item.name}`)).length,
  );
  const ranking = items
    .map(({ item }, k) => ({ label: `${item.code} ${item.name}`, count: counts[k]!, k }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.k - b.k);
  return { needs, counts, ranking };
}

/** A value LibreOffice computed: a number ("75%" is 0.75), or null for an empty cell or text. */
function numeric(value: string | undefined): number | null {
  const percent = value?.endsWith("%") ?? false;
  const number = Number(percent ? value!.slice(0, -1) : value);
  if (value === undefined || value.trim() === "" || Number.isNaN(number)) return null;
  return percent ? number / 100 : number;
}

/** The 1-based column of a table header, found by its text as any reader of the sheet would. */
function columnOf(plan: SheetPlan, header: string): number {
  const top = plan.tables[0]!.range.top;
  const cell = plan.cells.find((c) => c.row === top && c.value?.kind === "text" && c.value.text === header);
  if (!cell) throw new Error(`no header ${header} on ${plan.name}`);
  return cell.col + 1;
}

async function recalculate(unavailable: readonly number[]) {
  const built = buildAssessmentWorkbook({ standards, people, roles, rating: "derived", locale: "zh" });
  if (!built.ok) throw new Error(built.error.message.en);
  const plans = built.value;
  const [matrixPlan, assessmentPlan] = plans;
  const { bytes } = await writeWorkbook(plans);
  const filled = new ExcelJS.Workbook();
  await filled.xlsx.load(bytes as unknown as ArrayBuffer);
  const assessment = filled.worksheets[1]!;
  const firstRow = assessmentPlan!.tables[0]!.range.top + 2;
  people.forEach((_, p) =>
    [false, true].forEach((manager, r) =>
      tasks.forEach((t, i) =>
        t.codes.forEach((code, c) => {
          const value = mark(p, manager, i, c);
          const col = columnOf(assessmentPlan!, `${t.standard.code} ${code}`);
          if (value !== null) assessment.getCell(firstRow + p * 2 + r, col).value = value;
        }),
      ),
    ),
  );
  const matrix = filled.worksheets[0]!;
  const availableCol = columnOf(matrixPlan!, "可出勤");
  const matrixTop = matrixPlan!.tables[0]!.range.top + 2;
  unavailable.forEach((p) => (matrix.getCell(matrixTop + p, availableCol).value = "否"));
  const sheets = recalculatedSheets(new Uint8Array(await filled.xlsx.writeBuffer()));
  return { plans, sheets };
}

test("LibreOffice is here (the engine test below needs it)", () => {
  expect(libreOffice()).toMatch(/libreoffice|soffice/);
});

describe("an assessed matrix recalculated by LibreOffice", () => {
  const absent = 2;
  let everyone: Awaited<ReturnType<typeof recalculate>>;
  let withAbsence: Awaited<ReturnType<typeof recalculate>>;
  beforeAll(async () => {
    everyone = await recalculate([]);
    withAbsence = await recalculate([absent]);
  }, 240_000);

  test("derived levels: the manager's marks win, blanks are not assessed, disagreements flagged", () => {
    const { plans, sheets } = withAbsence;
    const plan = plans[2]!;
    const values = sheets[2]!;
    const top = plan.tables[0]!.range.top + 1;
    people.forEach((name, p) => {
      const row = values[top + p]!;
      expect(row[0]).toBe(name);
      const want = expectedLevels(p);
      tasks.forEach((t, i) => {
        const code = `${t.standard.code} ${t.task.code}`;
        expect([name, code, numeric(row[columnOf(plan, code) - 1])]).toEqual([name, code, want[i]!.merged]);
        const flag = row[columnOf(plan, `${code} 本人≠主管`) - 1];
        expect([name, code, flag]).toEqual([name, code, want[i]!.differs ? "⚠ 不一致" : ""]);
      });
    });
    const all = people.flatMap((_, p) => expectedLevels(p));
    expect(all.some((l) => l.differs)).toBe(true);
    expect(all.some((l) => l.merged === null)).toBe(true);
    expect(all.some((l) => l.merged === 0)).toBe(true);
  });

  test("the matrix takes the derived levels: coverage, gaps and the bus factor with and without the absent person", () => {
    for (const [run, unavailable] of [
      [everyone, []],
      [withAbsence, [absent]],
    ] as const) {
      const plan = run.plans[0]!;
      const values = run.sheets[0]!;
      const want = expectedMatrix(unavailable);
      const top = plan.tables[0]!.range.top + 1;
      people.forEach((_, p) => {
        tasks.forEach((t, i) => {
          const got = numeric(values[top + p]![columnOf(plan, `${t.standard.code} ${t.task.code}`) - 1]);
          expect(got).toBe(want.levels[p]![i]);
        });
        const coverage = numeric(values[top + p]![columnOf(plan, "覆蓋率") - 1]);
        if (want.coverage[p] === null) expect(coverage).toBeNull();
        else expect(coverage).toBeCloseTo(want.coverage[p]!, 10);
      });
      const meetingRow = values[6 + standards.length]!;
      const riskRow = values[7 + standards.length]!;
      expect(tasks.map((_t, i) => numeric(meetingRow[2 + i]))).toEqual(want.meeting);
      expect(tasks.map((_t, i) => riskRow[2 + i])).toEqual(want.flags);
      const gapsCol = columnOf(plan, "覆蓋率") + 7;
      expect(standards.map((_s, r) => numeric(values[top + r]![gapsCol - 1]))).toEqual(want.gaps);
    }
    const before = expectedMatrix([]).meeting;
    const after = expectedMatrix([absent]).meeting;
    expect(after.some((n, i) => n < before[i]!)).toBe(true);
    expect(after.filter((n) => n <= 1).length).toBeGreaterThan(before.filter((n) => n <= 1).length);
  });

  test("training needs per person and the team's ranking", () => {
    const plan = everyone.plans[3]!;
    const values = everyone.sheets[3]!;
    const want = expectedTraining();
    const top = plan.tables[0]!.range.top + 1;
    const countCol = columnOf(plan, "需求項數") - 1;
    const listCol = columnOf(plan, "需求清單") - 1;
    people.forEach((name, p) => {
      expect([name, numeric(values[top + p]![countCol])]).toEqual([name, want.needs[p]!.length]);
      expect([name, values[top + p]![listCol]]).toEqual([name, want.needs[p]!.join("、")]);
    });
    expect(want.needs.some((list) => list.length > 0)).toBe(true);

    const countsRow = values[3]!;
    const firstItemCol = columnOf(plan, `${cloud.code} K01`) - 1;
    expect(want.counts.map((_c, k) => numeric(countsRow[firstItemCol + k]))).toEqual(want.counts);

    const rankingTop = top + people.length + 2;
    expect(values[rankingTop]!.slice(0, 3)).toEqual(["名次", "項目", "需要人數"]);
    const ranked = want.counts.map((_c, k) => values[rankingTop + 1 + k]!);
    expect(ranked.map((row) => ({ label: row[1], count: numeric(row[2]) }))).toEqual(
      want.counts.map((_c, k) => ({
        label: want.ranking[k]?.label ?? "",
        count: want.ranking[k]?.count ?? null,
      })),
    );
    expect(new Set(want.ranking.map((r) => r.count)).size).toBeGreaterThan(1);
  });
});

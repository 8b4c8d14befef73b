import type { SheetPlan } from "../../src/layout";
import {
  buildStaffingMatrix,
  chartDataFromPlan,
  matrixGeometry,
  matrixShape,
} from "../../src/layout/staffing-matrix";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function plan(): SheetPlan {
  const built = buildStaffingMatrix({
    standards: [cloud, service],
    people: ["甲", "乙", "丙"],
    roles: [cloud.code, cloud.code, service.code],
  });
  if (!built.ok) throw new Error(built.error.message.en);
  return built.value;
}

/** The plan with ratings typed in (person, unit, level) and availability set, as preview mode has them. */
function typed(base: SheetPlan, ratings: [number, number, number][], away: number[]): SheetPlan {
  const g = matrixGeometry(2, 8);
  const edits = new Map<string, number | string>([
    ...ratings.map(([p, u, level]): [string, number] => [`${g.dataTop + p}:${g.firstUnitCol + u}`, level]),
    ...away.map((p): [string, string] => [`${g.dataTop + p}:${g.availableCol}`, "否"]),
  ]);
  return {
    ...base,
    cells: base.cells.map((c) => {
      const edit = edits.get(`${c.row}:${c.col}`);
      if (edit === undefined) return c;
      return {
        ...c,
        value: typeof edit === "number" ? { kind: "number", number: edit } : { kind: "text", text: edit },
      };
    }),
  };
}

test("the shape of a matrix plan: its roles and units", () => {
  expect(matrixShape(plan())).toEqual({ roleCount: 2, unitCount: 8 });
});

test("from a plan: people meeting their role's requirement (available), and the chosen person", () => {
  const data = chartDataFromPlan(
    typed(
      plan(),
      [
        [0, 0, 4],
        [1, 0, 5],
        [1, 1, 3],
        [2, 0, 6],
        [2, 4, 3],
      ],
      [1],
    ),
    2,
    8,
  );
  expect(data.units[0]).toBe("INM2521-001v2 T1.1");
  // 乙 is away; 丙 rates 6 on a cloud task but their role does not require it.
  expect(data.meeting).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
  expect(data.person).toEqual({
    name: "甲",
    levels: [4, null, null, null, null, null, null, null],
    required: [4, 4, 4, 4, null, null, null, null],
  });
});

test("no names, no person for the radar", () => {
  const built = buildStaffingMatrix({ standards: [cloud], people: 2 });
  if (!built.ok) throw new Error(built.error.message.en);
  expect(chartDataFromPlan(built.value, 1, 4).person).toBeNull();
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { cellAddress, type SheetPlan } from "../../src/layout";
import {
  buildStaffingMatrix,
  MATRIX_FILLS,
  readStaffingMatrix,
  upgradeStaffingMatrix,
  type SheetValue,
  type UnitKind,
} from "../../src/layout/staffing-matrix";
import type { Standard } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

const pairNew = (name: string): Standard =>
  parseStandard(readFileSync(join(VERSION_PAIRS_DIR, name, "new.txt"), "utf8")).standard;
const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

/** The values a sheet would give back for a plan: what a reader of the sheet sees. */
function valuesOf(plan: SheetPlan): SheetValue[][] {
  const values: SheetValue[][] = [];
  for (const cell of plan.cells) {
    const row = (values[cell.row] ??= []);
    const v = cell.value;
    row[cell.col] = v === null ? null : v.kind === "text" ? v.text : v.kind === "number" ? v.number : null;
  }
  return Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null));
}

/** A matrix rated unit by unit (rating = its position in the row, 1-based, capped at the scale). */
function ratedMatrix(standards: Standard[], units: UnitKind, locale: "zh" | "en" = "zh") {
  const built = buildStaffingMatrix({
    standards,
    units,
    people: ["甲", "乙"],
    roles: [standards[0]!.code, standards.at(-1)!.code],
    ratings: (p, unit) => (p === 0 ? (unit.code.length % 4) + 1 : 2),
    locale,
  });
  if (!built.ok) throw new Error(built.error.message.en);
  return built.value;
}

function read(plan: SheetPlan) {
  const read = readStaffingMatrix(valuesOf(plan), plan.tables[0]!.range);
  if (!read.ok) throw new Error(read.error.message.en);
  return read.value;
}

test("a matrix is read back by its headers: units with their standards, names, roles, ratings", () => {
  for (const locale of ["zh", "en"] as const) {
    const matrix = read(ratedMatrix([cloud, service], "tasks", locale));
    expect(matrix.units.map((u) => `${u.standardCode} ${u.code}`)).toEqual([
      "INM2521-001v2 T1.1",
      "INM2521-001v2 T2.1",
      "INM2521-001v2 T2.2",
      "INM2521-001v2 T2.3",
      "IIS3512-001v1 T1.1",
      "IIS3512-001v1 T1.2",
      "IIS3512-001v1 T2.1",
      "IIS3512-001v1 T2.2",
    ]);
    expect(matrix.locale).toBe(locale);
    expect(matrix.people.map((p) => [p.name, p.role, p.ratings.get("IIS3512-001v1 T1.2")])).toEqual([
      ["甲", "雲端架構工程人員", 1],
      ["乙", "雲端資訊服務人員", 2],
    ]);
  }
});

test("headers that also carry the unit's name, and a column added beside the ratings, read the same", () => {
  const plan = ratedMatrix([cloud, service], "tasks");
  const table = plan.tables[0]!.range;
  const original = readStaffingMatrix(valuesOf(plan), table);
  // "IIS3512-001v1 T1.2" → "IIS3512-001v1 T1.2 協助修正相關手冊", and an "Available" column after the role.
  const values = valuesOf(plan).map((row, r) => {
    const named =
      r === table.top
        ? row.map((h, col) =>
            col >= 2 && plan.cells.some((c) => c.row === 3 && c.col === col)
              ? `${String(h)} ${String(valuesOf(plan)[3]![col])}`
              : h,
          )
        : row;
    return [
      ...named.slice(0, 2),
      r === table.top ? "Available" : r > table.top ? "yes" : null,
      ...named.slice(2),
    ];
  });
  const read = readStaffingMatrix(values, { ...table, right: table.right + 1 });
  if (!read.ok || !original.ok) throw new Error("unread");
  expect(read.value.units).toEqual(original.value.units);
  expect(read.value.people).toEqual(original.value.people);
});

test("not a matrix: a clear error, no throw", () => {
  const result = readStaffingMatrix(
    [
      ["Name", "Role", "Notes"],
      ["甲", "x", "y"],
    ],
    { top: 0, left: 0, bottom: 1, right: 2 },
  );
  expect(result.ok || result.error.message.en).toBe(
    "No rating columns found: the table's headers should be task or K/S codes.",
  );
});

function upgrade(plan: SheetPlan, older: Standard, newer: Standard, others: Standard[] = []) {
  const result = upgradeStaffingMatrix(read(plan), {
    older: new StandardIndex(older),
    newer: new StandardIndex(newer),
    others,
    locale: "en",
  });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

function ratingAt(plan: SheetPlan, person: number, header: string): number | null {
  const table = plan.tables[0]!.range;
  const col = plan.cells.find(
    (c) => c.row === table.top && c.value?.kind === "text" && c.value.text === header,
  )!.col;
  const cell = plan.cells.find((c) => c.row === table.top + 1 + person && c.col === col);
  return cell?.value?.kind === "number" ? cell.value.number : null;
}

test("K/S matrix: renumbered items carry their ratings, removed ones go to the archive, new ones start empty", () => {
  const old = read(ratedMatrix([cloud], "ks"));
  const moved = upgrade(ratedMatrix([cloud], "ks"), cloud, pairNew("tab-all"));
  expect(moved.summary.carried).toEqual(["K15→K16"]);
  expect(moved.summary.added).toEqual(["S14"]);
  expect(moved.summary.archived).toEqual([]);
  expect(ratingAt(moved.plan, 0, "INM2521-001v3 K16")).toBe(old.people[0]!.ratings.get("INM2521-001v2 K15"));
  expect(ratingAt(moved.plan, 0, "INM2521-001v3 S14")).toBeNull();

  const removed = upgrade(ratedMatrix([cloud], "ks"), cloud, pairNew("tab-removed"));
  expect(removed.summary.archived).toEqual(["S13"]);
  const table = removed.plan.tables[0]!.range;
  const archive = removed.plan.cells.find(
    (c) => c.row === table.top && c.value?.kind === "text" && c.value.text === "INM2521-001v2 S13",
  )!;
  expect(archive.col).toBeGreaterThan(table.right);
  const archived = removed.plan.cells.find((c) => c.row === table.top + 1 && c.col === archive.col);
  expect(archived?.value).toEqual({
    kind: "number",
    number: old.people[0]!.ratings.get("INM2521-001v2 S13"),
  });
  expect(removed.plan.cells.find((c) => c.row === table.top - 2 && c.col === archive.col)?.value).toEqual({
    kind: "text",
    text: "Archive: units removed since INM2521-001v2",
  });
});

test("renamed and level-changed tasks keep their ratings and are flagged; the other standard is untouched", () => {
  const plan = ratedMatrix([cloud, service], "tasks");
  const before = read(plan);
  const moved = upgrade(plan, service, pairNew("pdf-all"), [cloud]);
  expect(moved.summary).toEqual({
    kept: ["T1.1", "T2.1"],
    carried: ["T1.2→T2.3"],
    review: ["T2.2"],
    archived: [],
    added: [],
  });
  expect(ratingAt(moved.plan, 0, "IIS3512-001v2 T2.3")).toBe(
    before.people[0]!.ratings.get("IIS3512-001v1 T1.2"),
  );
  expect(ratingAt(moved.plan, 1, "IIS3512-001v2 T2.2")).toBe(2);
  expect(ratingAt(moved.plan, 0, "INM2521-001v2 T2.3")).toBe(
    before.people[0]!.ratings.get("INM2521-001v2 T2.3"),
  );
  const flagged = moved.plan.cells.filter((c) => moved.plan.styles[c.style]!.fill === MATRIX_FILLS.review);
  expect(flagged.map((c) => cellAddress(c.row, c.col))).toHaveLength(1);
  expect(flagged[0]!.value).toEqual({ kind: "text", text: "T2.2" });
  // Roles follow the standard to its new version; names stay.
  const table = moved.plan.tables[0]!.range;
  const roleOf = (p: number) =>
    moved.plan.cells.find((c) => c.row === table.top + 1 + p && c.col === 1)?.value;
  expect([roleOf(0), roleOf(1)]).toEqual([
    { kind: "text", text: "雲端架構工程人員" },
    { kind: "text", text: "雲端資訊服務人員" },
  ]);
  const renamed = upgrade(ratedMatrix([cloud], "tasks"), cloud, pairNew("tab-renamed"));
  expect(renamed.summary.review).toEqual(["T2.3"]);
});

test("a matrix on another standard is refused with the codes it uses", () => {
  const result = upgradeStaffingMatrix(read(ratedMatrix([cloud], "tasks")), {
    older: new StandardIndex(service),
    newer: new StandardIndex(pairNew("pdf-all")),
    others: [],
  });
  expect(result.ok || result.error.message.en).toBe(
    "This matrix is not built on IIS3512-001v1 (it uses INM2521-001v2).",
  );
});

test("the move keeps each person's availability, and the rating scale its dropdown offered", () => {
  const built = buildStaffingMatrix({
    standards: [service],
    people: ["甲", "乙"],
    available: [false, true],
    scale: { min: 1, max: 5 },
    ratings: () => 5,
  });
  if (!built.ok) throw new Error(built.error.message.en);
  const plan = built.value;
  const choices = plan.validations.find((v) => v.values.includes("5"))!;
  const readBack = readStaffingMatrix(valuesOf(plan), plan.tables[0]!.range, (row, col) =>
    row >= choices.range.top && col >= choices.range.left && col <= choices.range.right
      ? choices.values
      : undefined,
  );
  if (!readBack.ok) throw new Error(readBack.error.message.en);
  expect(readBack.value.scale).toEqual({ min: 1, max: 5 });
  expect(readBack.value.people.map((p) => p.available)).toEqual([false, true]);

  const moved = upgradeStaffingMatrix(readBack.value, {
    older: new StandardIndex(service),
    newer: new StandardIndex(pairNew("pdf-all")),
    others: [],
    locale: "en",
  });
  if (!moved.ok) throw new Error(moved.error.message.en);
  const table = moved.value.plan.tables[0]!.range;
  const availableCol = table.right;
  const availability = [1, 2].map(
    (p) => moved.value.plan.cells.find((c) => c.row === table.top + p && c.col === availableCol)?.value,
  );
  expect(availability).toEqual([
    { kind: "text", text: "No" },
    { kind: "text", text: "Yes" },
  ]);
  const ratingList = moved.value.plan.validations.find(
    (v) => v.range.left === 2 && v.range.top === table.top + 1,
  );
  expect(ratingList?.values).toEqual(["1", "2", "3", "4", "5"]);
  expect(ratingAt(moved.value.plan, 0, "IIS3512-001v2 T1.1")).toBe(5);
  // Without a dropdown to read, the kind's default scale.
  const unseen = upgrade(plan, service, pairNew("pdf-all"));
  expect(unseen.plan.validations.find((v) => v.range.left === 2)?.values).toEqual([
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
  ]);
});

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { changeRow, compareStandards, countChanges } from "../../src/compare";
import type { Standard } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR, versionPairs } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

const pairs = versionPairs();

function read(name: string, file: string): string {
  return readFileSync(join(VERSION_PAIRS_DIR, name, file), "utf8");
}

function parsed(text: string): Standard {
  const result = parseStandard(text);
  expect(result.diagnostics).toEqual([]);
  return result.standard;
}

function compare(older: Standard, newer: Standard) {
  return compareStandards(new StandardIndex(older), new StandardIndex(newer));
}

function tsv(older: Standard, newer: Standard): string {
  return compare(older, newer)
    .changes.map((c) => changeRow(c, "en").join("\t") + "\n")
    .join("");
}

describe.each(pairs.map((p) => [p.name, p] as const))("version pair %s", (name, pair) => {
  test("the committed files are what scripts/produce-version-pairs.ts derives from the seeds", () => {
    expect(existsSync(join(VERSION_PAIRS_DIR, name))).toBe(true);
    expect(read(name, "old.txt")).toBe(pair.oldText);
    expect(read(name, "new.txt")).toBe(pair.newText);
    expect(read(name, "expected.tsv")).toBe(pair.expected);
  });

  test("the comparison gives the expected rows", () => {
    expect(tsv(parsed(read(name, "old.txt")), parsed(read(name, "new.txt")))).toBe(
      read(name, "expected.tsv"),
    );
  });
});

test("every kind of change is covered in both seed styles, one pair each and all together", () => {
  for (const style of ["tab", "pdf"]) {
    const all = read(`${style}-all`, "expected.tsv");
    for (const change of ["added", "removed", "renamed", "level changed", "moved", "renumbered"]) {
      expect(all).toContain(`\t${change}\t`);
      const single = pairs.filter((p) => p.name.startsWith(`${style}-`) && p.name !== `${style}-all`);
      expect(single.some((p) => p.expected.split("\n")[0]!.split("\t")[3] === change)).toBe(true);
    }
  }
});

test("texts differing only in white space and full/half-width forms are unchanged", () => {
  for (const name of ["tab-formatting", "pdf-formatting"]) {
    const older = parsed(read(name, "old.txt"));
    const newer = parsed(read(name, "new.txt"));
    // The documents do differ in their texts; the comparison sees through that.
    expect(JSON.stringify(newer.duties)).not.toBe(JSON.stringify(older.duties));
    expect(compare(older, newer).changes).toEqual([]);
  }
});

test.each([SEED_000, SEED_003])("seed %s compared with itself has no changes, every unit matched", (seed) => {
  const { standard } = parseSeed(seed);
  const { changes, matches } = compare(standard, structuredClone(standard));
  expect(changes).toEqual([]);
  const index = new StandardIndex(standard);
  expect(matches.filter((m) => m.group === "task").map((m) => m.newCode)).toEqual(
    index.tasks().map((t) => t.task.code),
  );
  expect(matches.every((m) => m.oldCode === m.newCode)).toBe(true);
});

test("the matches carry a moved task and a renumbered item to their new codes", () => {
  const { matches } = compare(parsed(read("tab-all", "old.txt")), parsed(read("tab-all", "new.txt")));
  expect(matches).toContainEqual({ group: "task", oldCode: "T2.3", newCode: "T1.2" });
  expect(matches).toContainEqual({ group: "knowledge", oldCode: "K15", newCode: "K16" });
  expect(matches.some((m) => m.group === "attitude" && m.oldCode === "A07")).toBe(false);
});

test("a task inserted before others: it is added and the ones after it renumbered, not renamed", () => {
  const { standard } = parseSeed(SEED_000);
  const newer = structuredClone(standard);
  const duty = newer.duties[1]!;
  const inserted = { ...structuredClone(duty.tasks[0]!), name: "雲端成本評估" };
  inserted.blocks = inserted.blocks.map((b) => ({ ...b, outputs: [], indicators: [] }));
  duty.tasks.splice(1, 0, inserted);
  duty.tasks = duty.tasks.map((task, i) => ({ ...task, code: `T2.${i + 1}` }));
  const rows = compare(standard, newer).changes.map((c) => [c.change, c.oldCode, c.newCode]);
  expect(rows).toEqual([
    ["added", "", "T2.2"],
    ["renumbered", "T2.2", "T2.3"],
    ["renumbered", "T2.3", "T2.4"],
  ]);
});

test("a renamed task whose level also changed gives one row for each change; counts add up", () => {
  const older = parsed(read("tab-renamed", "old.txt"));
  const newer = parsed(read("tab-renamed", "new.txt"));
  newer.duties[1]!.tasks[2]!.blocks[0]!.level = 5;
  const { changes } = compare(older, newer);
  expect(changes.map((c) => [c.change, c.before, c.after])).toEqual([
    ["renamed", "雲端系統架構測試", "雲端系統架構驗證測試"],
    ["levelChanged", "4", "5"],
  ]);
  expect(countChanges(changes)).toEqual({
    added: 0,
    removed: 0,
    renamed: 1,
    levelChanged: 1,
    moved: 0,
    renumbered: 0,
  });
});

test("change names are given in both languages", () => {
  const [change] = compare(
    parsed(read("pdf-levelChanged", "old.txt")),
    parsed(read("pdf-levelChanged", "new.txt")),
  ).changes;
  expect(changeRow(change!, "zh")).toEqual(["T", "T2.2", "T2.2", "級別變更", "3", "4"]);
  expect(changeRow(change!, "en")).toEqual(["T", "T2.2", "T2.2", "level changed", "3", "4"]);
});

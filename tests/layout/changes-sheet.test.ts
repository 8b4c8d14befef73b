import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StandardIndex } from "../../src/catalog";
import { CHANGE_KINDS, changeRow, compareStandards } from "../../src/compare";
import { buildChangesSheet, CHANGE_FILLS, CHANGES_TABLE_NAME, rangeAddress } from "../../src/layout";
import type { Standard } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { rowOf, rowValues, valueAt } from "./plan-queries";

function pair(name: string): [Standard, Standard] {
  const read = (file: string) =>
    parseStandard(readFileSync(join(VERSION_PAIRS_DIR, name, file), "utf8")).standard;
  return [read("old.txt"), read("new.txt")];
}

function sheetOf(name: string, locale: "zh" | "en" = "en") {
  const [older, newer] = pair(name);
  const { changes } = compareStandards(new StandardIndex(older), new StandardIndex(newer));
  return { older, newer, changes, plan: buildChangesSheet(older, newer, changes, { locale }) };
}

test("the table holds the rows COMPETENCY.CHANGES returns, in its order, under a filtered header", () => {
  const { changes, plan } = sheetOf("tab-all");
  const header = rowOf(plan, "Kind");
  expect(rowValues(plan, header, 6)).toEqual(["Kind", "Old code", "New code", "Change", "Before", "After"]);
  const body = changes.map((_c, i) => rowValues(plan, header + 1 + i, 6));
  expect(body).toEqual(changes.map((c) => changeRow(c, "en").map((v) => (v === "" ? null : v))));
  expect(plan.tables).toEqual([
    {
      name: CHANGES_TABLE_NAME,
      range: { top: header - 1, left: 0, bottom: header - 1 + changes.length, right: 5 },
      style: "TableStyleLight1",
      bandedRows: false,
      autoFilter: true,
    },
  ]);
});

test("each kind of change colours its rows through a rule on the change column", () => {
  const { changes, plan } = sheetOf("pdf-all", "zh");
  const header = rowOf(plan, "類別");
  const body = `A${header + 1}:F${header + changes.length}`;
  expect(plan.conditionalFormats.map((f) => [rangeAddress(f.range), f.rule, f.fill])).toEqual([
    [body, { kind: "formula", formula: `$D${header + 1}="新增"` }, CHANGE_FILLS.added],
    [body, { kind: "formula", formula: `$D${header + 1}="刪除"` }, CHANGE_FILLS.removed],
    [body, { kind: "formula", formula: `$D${header + 1}="更名"` }, CHANGE_FILLS.renamed],
    [body, { kind: "formula", formula: `$D${header + 1}="級別變更"` }, CHANGE_FILLS.levelChanged],
    [body, { kind: "formula", formula: `$D${header + 1}="移動"` }, CHANGE_FILLS.moved],
    [body, { kind: "formula", formula: `$D${header + 1}="重新編號"` }, CHANGE_FILLS.renumbered],
  ]);
});

test("the summary counts each change and their total, in the colour of the change", () => {
  const { plan } = sheetOf("tab-all");
  const first = rowOf(plan, "added");
  expect(
    CHANGE_KINDS.map((_k, i) => [valueAt(plan, `A${first + i}`), valueAt(plan, `C${first + i}`)]),
  ).toEqual([
    ["added", 1],
    ["removed", 1],
    ["renamed", 1],
    ["level changed", 1],
    ["moved", 1],
    ["renumbered", 5],
  ]);
  expect([valueAt(plan, `A${first + 6}`), valueAt(plan, `C${first + 6}`)]).toEqual(["Total", 10]);
  const addedStyle = plan.cells.find((c) => c.row === first - 1 && c.col === 0)!.style;
  expect(plan.styles[addedStyle]!.fill).toBe(CHANGE_FILLS.added);
});

test("both versions' headers side by side", () => {
  const { plan } = sheetOf("tab-all");
  const header = rowOf(plan, "Field", 3);
  expect(rowValues(plan, header, 6).slice(3)).toEqual(["Field", "Old version", "New version"]);
  const facts = Array.from({ length: 5 }, (_, i) => rowValues(plan, header + 1 + i, 6).slice(3));
  expect(facts).toEqual([
    ["Standard code", "INM2521-001v2", "INM2521-001v3"],
    ["Standard name", "雲端架構工程人員", "雲端架構工程人員"],
    ["Version", "V2", "V3"],
    ["Updated", "2024-12-15", "2026-11-20"],
    ["Status", "最新版本", "最新版本"],
  ]);
  expect(valueAt(plan, "A1")).toBe(
    "What changed between two versions: 雲端架構工程人員 INM2521-001v2 → INM2521-001v3",
  );
  expect(plan.name).toBe("Changes INM2521-001v3");
});

test("nothing changed: an empty table under the header and zero counts", () => {
  const { plan } = sheetOf("pdf-formatting", "zh");
  const header = rowOf(plan, "類別");
  expect(plan.tables[0]!.range.bottom).toBe(header);
  expect(rowValues(plan, header + 1, 6)).toEqual([null, null, null, null, null, null]);
  expect(valueAt(plan, `C${rowOf(plan, "合計")}`)).toBe(0);
  expect(
    buildChangesSheet(...pair("pdf-formatting"), [], { existingSheetNames: ["版本比較 IIS3512-001v2"] }).name,
  ).toBe("版本比較 IIS3512-001v2 (2)");
});

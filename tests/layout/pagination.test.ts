import { layoutFormula, paginate, type SheetPlan } from "../../src/layout";
import { SheetPlanBuilder } from "../../src/layout/plan-builder";
import { STANDARD_STYLES } from "../../src/layout/theme";

/**
 * A heading, a table of `rows` body rows 100 pt tall, a blank row and a second table of two rows,
 * each header 20 pt: small enough to count pages by hand.
 */
function twoTables(rows: number): SheetPlan {
  const b = new SheetPlanBuilder("t", STANDARD_STYLES, [10, 10]);
  b.put(0, 0, "Heading", "section");
  b.block({ top: 1, left: 0, bottom: 1, right: 1 }, "Codes", "tableHeader");
  for (let i = 0; i < rows; i++) b.row(2 + i, 0, [`T${i}`, "x"], "body");
  const second = 2 + rows + 1;
  b.row(second, 0, ["Code", "Description"], "tableHeader");
  b.row(second + 1, 0, ["A01", "y"], "body");
  b.row(second + 2, 0, ["A02", "z"], "body");
  b.rowHeight(0, 20);
  b.rowHeight(1, 20);
  for (let i = 0; i < rows; i++) b.rowHeight(2 + i, 100);
  b.rowHeight(second, 20);
  b.rowHeight(second + 1, 100);
  b.rowHeight(second + 2, 100);
  b.conditionalFormat({
    range: { top: 2, left: 0, bottom: 1 + rows, right: 0 },
    rule: { kind: "formula", formula: layoutFormula("A3=A2") },
  });
  return b.build();
}

const options = (rows: number) => ({
  tables: [
    { header: 1, first: 2, last: 1 + rows },
    { header: 2 + rows + 1, first: 2 + rows + 2, last: 2 + rows + 3 },
  ],
  keepWithNext: new Set([0, 1, 2 + rows + 1]),
  pageHeight: 350,
});

function texts(plan: SheetPlan, row: number): (string | null)[] {
  return plan.cells
    .filter((cell) => cell.row === row)
    .map((cell) => (cell.value?.kind === "text" ? cell.value.text : null));
}

test("a table continuing on a new page starts it with a copy of its own header, and only there", () => {
  const paged = paginate(twoTables(5), options(5));
  // 20 + 20 + 3·100 = 340 fit on page 1; T3 starts page 2 under a header copy: 20 + 2·100 = 220.
  // The blank row (15) fits; the second table's header with its first row (120) does not: page 3.
  expect(paged.pageBreaks).toEqual([5, 9]);
  expect(texts(paged, 5)).toEqual(["Codes", null]);
  expect(texts(paged, 6)).toEqual(["T3", "x"]);
  expect(texts(paged, 8)).toEqual([]);
  expect(texts(paged, 9)).toEqual(["Code", "Description"]);
  expect(paged.rowHeights[5]).toBe(20);
  expect(paged.rowHeights[6]).toBe(100);
  // The first table's merge is copied with its header; its conditional format grows over the copy.
  expect(paged.merges).toEqual([
    { top: 1, left: 0, bottom: 1, right: 1 },
    { top: 5, left: 0, bottom: 5, right: 1 },
  ]);
  expect(paged.conditionalFormats[0]!.range).toEqual({ top: 2, left: 0, bottom: 7, right: 0 });
});

test("a page that starts between tables repeats no header; a heading is never left at the foot of a page", () => {
  const paged = paginate(twoTables(3), options(3));
  // 20 + 20 + 3·100 = 340: the whole first table; the second starts page 2 with its own header.
  expect(paged.pageBreaks).toEqual([5]);
  expect(texts(paged, 5)).toEqual([]);
  expect(texts(paged, 6)).toEqual(["Code", "Description"]);
  expect(
    paged.cells.filter((cell) => cell.value?.kind === "text" && cell.value.text === "Codes"),
  ).toHaveLength(1);
});

test("a sheet that fits one page is left as it was", () => {
  const plan = twoTables(1);
  expect(paginate(plan, { ...options(1), pageHeight: 10_000 })).toEqual({ ...plan, pageBreaks: [] });
});

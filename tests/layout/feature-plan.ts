import { SheetPlanBuilder } from "../../src/layout/plan-builder";
import { layoutFormula, type CellStyle, type SheetPlan } from "../../src/layout";
import { font } from "../../src/layout/theme";

/**
 * A small staffing-matrix-like plan that uses every SheetPlan feature the standard sheet does
 * not: formulas, booleans, number formats, list validation, a cell-value rule with a fill,
 * frozen columns, a title-less table. Shared by both renderers' tests.
 */
const STYLES = {
  head: {
    font: font({ bold: true, color: "#FFFFFF" }),
    fill: "#1F4E78",
    alignment: { horizontal: "center" },
  },
  name: { font: font() },
  level: { font: font(), alignment: { horizontal: "center" }, numberFormat: "0" },
  ratio: { font: font({ italic: true }), numberFormat: "0.0%" },
  flag: { font: font() },
} satisfies Record<string, CellStyle>;

export function featurePlan(): SheetPlan {
  const b = new SheetPlanBuilder("Staffing (test)", STYLES, [14, 10, 10, 12, 9]);
  b.row(0, 0, ["Person", "T1.1", "T2.1", "Coverage", "Lead"], "head");
  const people: [string, number, number, boolean][] = [
    ["=Ann", 3, 4, true],
    ["Bo", 2, 5, false],
  ];
  people.forEach(([name, a, c, lead], i) => {
    const row = i + 1;
    b.put(row, 0, name, "name");
    b.put(row, 1, a, "level");
    b.put(row, 2, c, "level");
    b.put(row, 3, { kind: "formula", formula: layoutFormula(`AVERAGE(B${row + 1}:C${row + 1})/7`) }, "ratio");
    b.put(row, 4, lead, "flag");
  });
  b.table({
    name: "Staffing",
    range: { top: 0, left: 0, bottom: 2, right: 4 },
    style: "TableStyleLight9",
    bandedRows: false,
    autoFilter: true,
  });
  b.validation({
    range: { top: 1, left: 1, bottom: 2, right: 2 },
    kind: "list",
    values: ["1", "2", "3", "4", "5", "6", "7"],
    allowBlank: true,
    prompt: "1–7",
  });
  b.conditionalFormat({
    range: { top: 1, left: 1, bottom: 2, right: 2 },
    rule: { kind: "cellValue", operator: "greaterThanOrEqual", values: [4] },
    fill: "#C6EFCE",
  });
  b.conditionalFormat({
    range: { top: 1, left: 1, bottom: 2, right: 2 },
    rule: { kind: "cellValue", operator: "between", values: [1, 2] },
    fontColor: "#9C0006",
  });
  b.freeze({ rows: 1, columns: 1 });
  b.rowHeight(0, 24);
  b.tabColor("#70AD47");
  return b.build();
}

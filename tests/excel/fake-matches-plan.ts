import { columnLetters, rangeAddress, type CellRange, type SheetPlan } from "../../src/layout";
import { parseRangeAddress } from "../helpers/a1";
import type { FakeCell, FakeSheet } from "./fake-excel";

/** The Office.js conditional-format type each plan rule is added as. */
const OFFICE_KIND = {
  formula: "Custom",
  cellValue: "CellValue",
  colorScale: "ColorScale",
  dataBar: "DataBar",
} as const;

function cellsOf(range: CellRange): [number, number][] {
  const out: [number, number][] = [];
  for (let row = range.top; row <= range.bottom; row++)
    for (let col = range.left; col <= range.right; col++) out.push([row, col]);
  return out;
}

/** Property `path` as set on each cell, from recorded sets whose address list covers the cell. */
export function propertyByCell(sheet: FakeSheet, path: string): Map<string, unknown> {
  const byCell = new Map<string, unknown>();
  for (const [key, value] of sheet.sets) {
    const [addresses, setPath] = key.split("|");
    if (setPath !== path) continue;
    for (const address of addresses!.split(",")) {
      const range = parseRangeAddress(address);
      if (range) for (const [row, col] of cellsOf(range)) byCell.set(`${row}:${col}`, value);
    }
  }
  return byCell;
}

/** Values of whole-column ("A:C") or whole-row ("5:7") sets of `path`, by index. */
export function propertyByLine(sheet: FakeSheet, path: string, kind: "column" | "row"): Map<number, unknown> {
  const byIndex = new Map<number, unknown>();
  const shape = kind === "column" ? /^([A-Z]+):([A-Z]+)\|/ : /^(\d+):(\d+)\|/;
  const index = (text: string) =>
    kind === "column" ? [...Array(1000).keys()].find((i) => columnLetters(i) === text)! : Number(text) - 1;
  for (const [key, value] of sheet.sets) {
    const match = shape.exec(key);
    if (!match || !key.endsWith(`|${path}`)) continue;
    for (let i = index(match[1]!); i <= index(match[2]!); i++) byIndex.set(i, value);
  }
  return byIndex;
}

function storedValue(cell: FakeCell | undefined): unknown {
  if (!cell) return null;
  return cell.formula ?? cell.text ?? cell.number ?? cell.boolean ?? null;
}

/** What the plan says, as the fake workbook holds it after the applier ran. Lists every mismatch. */
export function expectFakeMatchesPlan(sheet: FakeSheet, plan: SheetPlan): void {
  const problems: string[] = [];
  const check = (ok: boolean, what: () => string) => {
    if (!ok && problems.length < 20) problems.push(what());
  };
  const fonts = propertyByCell(sheet, "format.font.name");
  const bold = propertyByCell(sheet, "format.font.bold");
  const fills = propertyByCell(sheet, "format.fill.color");
  const wraps = propertyByCell(sheet, "format.wrapText");
  for (const cell of plan.cells) {
    const key = `${cell.row}:${cell.col}`;
    const stored = sheet.cells.get(key);
    const value = cell.value;
    const expected =
      value === null
        ? null
        : value.kind === "text"
          ? value.text
          : value.kind === "number"
            ? value.number
            : value.kind === "boolean"
              ? value.boolean
              : `=${value.formula}`;
    check(
      storedValue(stored) === expected,
      () => `${key}: ${JSON.stringify(stored)} ≠ ${JSON.stringify(expected)}`,
    );
    check(value?.kind !== "text" || stored?.formula === undefined, () => `${key}: text became a formula`);
    const style = plan.styles[cell.style]!;
    check(fonts.get(key) === style.font.name, () => `${key}: font ${String(fonts.get(key))}`);
    check(bold.get(key) === (style.font.bold ?? false), () => `${key}: bold ${String(bold.get(key))}`);
    check(fills.get(key) === style.fill, () => `${key}: fill ${String(fills.get(key))}`);
    check(
      wraps.get(key) === (style.alignment?.wrap ? true : undefined),
      () => `${key}: wrap ${String(wraps.get(key))}`,
    );
  }
  expect(problems).toEqual([]);
  const planFormulas = plan.cells.filter((c) => c.value?.kind === "formula").length;
  expect([...sheet.cells.values()].filter((c) => c.formula !== undefined)).toHaveLength(planFormulas);

  expect([...sheet.merges].sort()).toEqual(plan.merges.map(rangeAddress).sort());
  const widths = propertyByLine(sheet, "format.columnWidth", "column");
  expect(plan.columnWidths.map((_, i) => widths.get(i))).toEqual(plan.columnWidths.map((w) => w * 5.25));
  const heights = propertyByLine(sheet, "format.rowHeight", "row");
  expect(Object.keys(plan.rowHeights).map((row) => heights.get(Number(row)))).toEqual(
    Object.values(plan.rowHeights),
  );

  expect(sheet.tables.map((t) => t.address)).toEqual(plan.tables.map((t) => rangeAddress(t.range)));
  plan.tables.forEach((table, i) => {
    expect(sheet.tables[i]!.props).toMatchObject({
      hasHeaders: true,
      style: table.style,
      showBandedRows: table.bandedRows,
      showFilterButton: table.autoFilter,
    });
  });
  expect(sheet.calls.filter((c) => c.startsWith("conditionalFormat"))).toEqual(
    plan.conditionalFormats.map(
      (f) => `conditionalFormat(${OFFICE_KIND[f.rule.kind]},${rangeAddress(f.range)})`,
    ),
  );
}

import { literalValue, rangeAddress, type PlanCell, type SheetPlan } from "../../src/layout";
import { parseCellAddress } from "../helpers/a1";

export function cellAt(plan: SheetPlan, address: string): PlanCell | undefined {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`bad address ${address}`);
  return plan.cells.find((c) => c.row === at.row && c.col === at.col);
}

/** The cell's value as a plain JS value: text, number, boolean, "=formula", or null. */
export function valueAt(plan: SheetPlan, address: string): string | number | boolean | null {
  const value = cellAt(plan, address)?.value;
  if (!value) return null;
  return value.kind === "formula" ? `=${value.formula}` : literalValue(value);
}

/** Values of one row from column A, as many as `width`. */
export function rowValues(plan: SheetPlan, row: number, width: number): (string | number | boolean | null)[] {
  return Array.from({ length: width }, (_, col) => valueAt(plan, `${String.fromCharCode(65 + col)}${row}`));
}

export function mergeAddresses(plan: SheetPlan): string[] {
  return plan.merges.map(rangeAddress);
}

/** 1-based number of the row whose column A holds `text`. */
export function rowOf(plan: SheetPlan, text: string, col = 0): number {
  const cell = plan.cells.find((c) => c.col === col && c.value?.kind === "text" && c.value.text === text);
  if (!cell) throw new Error(`no row with "${text}"`);
  return cell.row + 1;
}

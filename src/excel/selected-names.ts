import { MAX_PEOPLE } from "../layout/staffing-matrix";
import { withoutSheet } from "./address";

/** The people of a staffing matrix as read from the selected range, or why there are none to use. */
export type SelectedNames =
  | { ok: true; address: string; names: string[] }
  | { ok: false; reason: "empty"; address: string }
  | { ok: false; reason: "tooMany"; address: string; count: number };

/** The trimmed, non-empty text cells, row by row; numbers, booleans and errors are not names. */
function textCells(values: unknown[][], types: string[][]): string[] {
  return values.flatMap((row, r) =>
    row.flatMap((value, c) =>
      types[r]?.[c] === "String" && typeof value === "string" && value.trim() !== "" ? [value.trim()] : [],
    ),
  );
}

/**
 * The names in the selected range, in one sync. Only the part of the selection that holds values
 * is read, so selecting whole columns costs no more than selecting the names themselves.
 */
export async function readSelectedNames(context: Excel.RequestContext): Promise<SelectedNames> {
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  const used = selection.getUsedRangeOrNullObject(true);
  used.load(["values", "valueTypes"]);
  await context.sync();

  const address = withoutSheet(selection.address);
  const names = used.isNullObject ? [] : textCells(used.values, used.valueTypes);
  if (names.length === 0) return { ok: false, reason: "empty", address };
  if (names.length > MAX_PEOPLE) return { ok: false, reason: "tooMany", address, count: names.length };
  return { ok: true, address, names };
}

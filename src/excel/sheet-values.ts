import type { ReadValue } from "../layout/staffing-matrix";

/**
 * The computed values of a range of a sheet, in one sync: what Excel shows after recalculating,
 * so the pane's pictures agree with the sheet. Empty cells come back as "".
 */
export async function readSheetValues(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<ReadValue[][]> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(address);
  range.load("values");
  await context.sync();
  return range.values.map((row) =>
    row.map((value: unknown) => (typeof value === "object" ? null : (value as ReadValue))),
  );
}

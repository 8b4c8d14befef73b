import type { ExcelRun } from "./excel-run";

/**
 * Excel.run once Office is ready and reports Excel as its host, or null where there is no Excel
 * at all (a bare runtime). office.js defines `Excel` in a plain browser too: there the run fails
 * at once instead of asking a host that is not there.
 */
export function officeRun(): ExcelRun | null {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return null;
  const host =
    typeof Office === "undefined" ? Promise.resolve("Excel") : Office.onReady().then((info) => info.host);
  return async (batch) => {
    // Office.HostType.Excel is the string "Excel".
    if ((await host) !== "Excel") throw new Error("Office reports no Excel host");
    return Excel.run(batch);
  };
}

import type { ExcelRun } from "./excel-run";

/** Excel.run once Office is ready, or null where there is no Excel (a bare runtime, a plain browser). */
export function officeRun(): ExcelRun | null {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return null;
  const ready = typeof Office === "undefined" ? Promise.resolve() : Office.onReady();
  return async (batch) => {
    await ready;
    return Excel.run(batch);
  };
}

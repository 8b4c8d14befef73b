import type { SheetPlan } from "../layout";
import { applySheetPlan, type AppliedSheet, type ApplyOptions } from "./apply-sheet-plan";
import type { ExcelContextPort } from "./excel-port";

/** Excel.run (or an ExcelRun from excel-run.ts, or a test's stand-in): it accepts any batch over the port. */
export type PlanRun = <T>(batch: (context: ExcelContextPort) => Promise<T>) => Promise<T>;

/**
 * The task pane's entry point: each plan becomes a new sheet of the open workbook in one
 * Excel.run, each sheet atomic on its own; the last one added is left active.
 */
export async function insertSheetPlans(
  run: PlanRun,
  plans: SheetPlan[],
  options: ApplyOptions = {},
): Promise<AppliedSheet[]> {
  return run(async (context) => {
    const applied: AppliedSheet[] = [];
    for (const plan of plans) applied.push(await applySheetPlan(context, plan, options));
    return applied;
  });
}

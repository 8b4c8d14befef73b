export { applySheetPlan, type ApplyOptions, type AppliedSheet } from "./apply-sheet-plan";
export { insertSheetPlans, type PlanRun } from "./insert-sheet-plans";
export type { ExcelContextPort } from "./excel-port";
export { DEFAULT_REQUEST_BUDGET } from "./request-batcher";

/** The COMPETENCY functions the pane can insert for a task. */
export type TaskFunction = "KNOWLEDGE" | "SKILLS" | "OUTPUTS" | "INDICATORS" | "LEVEL";

export const TASK_FUNCTIONS: readonly TaskFunction[] = [
  "KNOWLEDGE",
  "SKILLS",
  "OUTPUTS",
  "INDICATORS",
  "LEVEL",
];

/**
 * `=COMPETENCY.KNOWLEDGE("T2.2")`, naming the standard only when it is not the workbook's
 * default (formulas use en-US syntax whatever Excel's language).
 */
export function taskFormula(
  fn: TaskFunction,
  task: string,
  standard: string,
  defaultCode: string | null,
): string {
  const args = standard === defaultCode ? [task] : [task, standard];
  return `=COMPETENCY.${fn}(${args.map((arg) => `"${arg.replace(/"/g, '""')}"`).join(",")})`;
}

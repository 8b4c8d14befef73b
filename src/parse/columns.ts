/** What a column of the main table holds. */
export type Column = "duty" | "task" | "output" | "indicator" | "level" | "knowledge" | "skill";

/** The official column order, used when rows are tab-separated but the header is not. */
export const DEFAULT_COLUMNS: readonly Column[] = [
  "duty",
  "task",
  "output",
  "indicator",
  "level",
  "knowledge",
  "skill",
];

/**
 * Columns of a tab-separated header row. Older documents call duties 工作任務 and tasks 工作活動;
 * newer ones call them 主要職責 and 工作任務.
 */
export function columnsOfHeader(cells: readonly string[]): Column[] {
  const compact = cells.map((c) => c.replace(/\s+/g, ""));
  const olderNaming = !compact.some((c) => c.includes("主要職責"));
  return compact.map((cell, i): Column => {
    if (cell.includes("主要職責")) return "duty";
    if (cell.includes("工作活動")) return "task";
    if (cell.includes("工作任務")) return olderNaming ? "duty" : "task";
    if (cell.includes("工作產出")) return "output";
    if (cell.includes("行為指標")) return "indicator";
    if (cell.includes("級別")) return "level";
    if (/K=|知識/i.test(cell)) return "knowledge";
    if (/S=|技能/i.test(cell)) return "skill";
    return DEFAULT_COLUMNS[i] ?? "skill";
  });
}

import { foldText, type StandardIndex } from "../catalog";
import type { ChangeUnit } from "./changes";

/** Which codes are matched against each other: duties with duties, tasks with tasks, and so on. */
export type UnitGroup = "duty" | "task" | "output" | "indicator" | "knowledge" | "skill" | "attitude";

/** One coded thing of a standard, as the comparison sees it. */
export interface ComparedUnit {
  group: UnitGroup;
  unit: ChangeUnit;
  code: string;
  text: string;
  /** The text folded for matching: width, case and every white space ignored. */
  key: string;
  /** A task's distinct levels ("3、4"); "" for everything else (their levels are their task's). */
  levels: string;
  /** The code this one belongs to: a task's duty, an output's or indicator's task. */
  parent: string | null;
}

/** "Differs only in whitespace or full/half-width forms" is no difference. */
export function matchKey(text: string): string {
  return foldText(text).replace(/\s+/g, "");
}

function unit(
  group: UnitGroup,
  kind: ChangeUnit,
  code: string,
  text: string,
  parent: string | null = null,
  levels = "",
): ComparedUnit {
  return { group, unit: kind, code, text, key: matchKey(text), levels, parent };
}

/**
 * Every unit of a standard in document order: each duty, then each of its tasks followed by
 * that task's outputs and indicators; then the K, S and A items.
 */
export function unitsOf(index: StandardIndex): ComparedUnit[] {
  const units: ComparedUnit[] = [];
  for (const duty of index.standard.duties) {
    units.push(unit("duty", "T", duty.code, duty.name));
    for (const task of duty.tasks) {
      units.push(unit("task", "T", task.code, task.name, duty.code, index.levelsOf(task).join("、")));
      for (const output of index.outputsOf(task))
        units.push(unit("output", "O", output.code, output.name, task.code));
      for (const indicator of index.indicatorsOf(task))
        units.push(unit("indicator", "P", indicator.code, indicator.text, task.code));
    }
  }
  for (const item of index.standard.knowledge) units.push(unit("knowledge", "K", item.code, item.name));
  for (const item of index.standard.skills) units.push(unit("skill", "S", item.code, item.name));
  for (const attitude of index.standard.attitudes) {
    const text = attitude.description ? `${attitude.name}：${attitude.description}` : attitude.name;
    units.push(unit("attitude", "A", attitude.code, text));
  }
  return units;
}

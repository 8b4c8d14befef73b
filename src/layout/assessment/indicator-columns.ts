import { StandardIndex } from "../../catalog";
import type { Indicator, Item, Standard, Task } from "../../model";

/** One block of a task as the assessment sees it: its level and the columns of its indicators. */
export interface AssessedBlock {
  level: number;
  /** Offsets into the task's indicator columns. */
  columns: number[];
}

export interface AssessedTask {
  standard: Standard;
  task: Task;
  /** The task's indicators, each once, in document order. */
  indicators: Indicator[];
  /** The indicator's block level, per column. */
  indicatorLevels: number[];
  /** Blocks that can be evidenced: a level and at least one indicator. */
  blocks: AssessedBlock[];
}

/** Every task of the standards in document order (the order of the matrix's task units). */
export function assessedTasks(standards: readonly Standard[]): AssessedTask[] {
  return standards.flatMap((standard) =>
    new StandardIndex(standard).tasks().map(({ task }) => {
      const indicators: Indicator[] = [];
      const indicatorLevels: number[] = [];
      const blocks: AssessedBlock[] = [];
      for (const block of task.blocks) {
        const columns = block.indicators.map((indicator) => {
          const known = indicators.findIndex((i) => i.code === indicator.code);
          if (known >= 0) return known;
          indicators.push(indicator);
          indicatorLevels.push(block.level ?? 0);
          return indicators.length - 1;
        });
        if (block.level !== null && columns.length > 0) blocks.push({ level: block.level, columns });
      }
      return { standard, task, indicators, indicatorLevels, blocks };
    }),
  );
}

/** A knowledge or skill item of one standard, with the tasks (by their index in `tasks`) listing it. */
export interface TrainingItem {
  standard: Standard;
  item: Item;
  tasks: number[];
}

/** The K then S items of each standard in document order, each with the tasks that list it. */
export function trainingItems(
  standards: readonly Standard[],
  tasks: readonly AssessedTask[],
): TrainingItem[] {
  return standards.flatMap((standard) => {
    const index = new StandardIndex(standard);
    return [...standard.knowledge, ...standard.skills].map((item) => {
      const listing = new Set(index.requiredBy(item.code));
      const taskIndexes = tasks.flatMap((t, i) =>
        t.standard === standard && listing.has(t.task) ? [i] : [],
      );
      return { standard, item, tasks: taskIndexes };
    });
  });
}

import {
  parseCode,
  type Attitude,
  type CodeKind,
  type Duty,
  type Indicator,
  type Item,
  type LevelBlock,
  type Standard,
  type Task,
} from "../model";

/** Where a code of a standard stands, with what it names. `text` is the name (for P codes the text). */
export type CodeEntry =
  | { kind: "duty"; code: string; text: string; duty: Duty }
  | { kind: "task"; code: string; text: string; duty: Duty; task: Task }
  | { kind: "output"; code: string; text: string; task: Task; block: LevelBlock; item: Item }
  | { kind: "indicator"; code: string; text: string; task: Task; block: LevelBlock; indicator: Indicator }
  | { kind: "knowledge" | "skill"; code: string; text: string; item: Item }
  | { kind: "attitude"; code: string; text: string; attitude: Attitude };

export interface TaskRef {
  duty: Duty;
  task: Task;
}

/** Every code of one standard, indexed once so lookups and queries do not walk the model. */
export class StandardIndex {
  private readonly byCode = new Map<string, CodeEntry>();
  private readonly taskRefs: TaskRef[] = [];
  private readonly requiredByCode = new Map<string, Task[]>();

  constructor(readonly standard: Standard) {
    const items = new Map<string, Item>();
    for (const item of standard.knowledge)
      this.put({ kind: "knowledge", code: item.code, text: item.name, item });
    for (const item of standard.skills) this.put({ kind: "skill", code: item.code, text: item.name, item });
    for (const item of [...standard.knowledge, ...standard.skills]) items.set(item.code, item);
    for (const attitude of standard.attitudes)
      this.put({ kind: "attitude", code: attitude.code, text: attitude.name, attitude });
    for (const duty of standard.duties) {
      this.put({ kind: "duty", code: duty.code, text: duty.name, duty });
      for (const task of duty.tasks) {
        this.taskRefs.push({ duty, task });
        this.put({ kind: "task", code: task.code, text: task.name, duty, task });
        for (const block of task.blocks) {
          for (const item of block.outputs)
            this.put({ kind: "output", code: item.code, text: item.name, task, block, item });
          for (const indicator of block.indicators) {
            this.put({
              kind: "indicator",
              code: indicator.code,
              text: indicator.text,
              task,
              block,
              indicator,
            });
          }
          for (const code of [...block.knowledge, ...block.skills]) {
            const tasks = this.requiredByCode.get(code) ?? [];
            if (tasks.at(-1) !== task) tasks.push(task);
            this.requiredByCode.set(code, tasks);
          }
        }
      }
    }
  }

  private put(entry: CodeEntry): void {
    if (!this.byCode.has(entry.code)) this.byCode.set(entry.code, entry);
  }

  /** Any code in any case, width or padding ("ｔ２．２", "k3"). */
  lookup(code: string): CodeEntry | undefined {
    const parsed = parseCode(code);
    return parsed ? this.byCode.get(parsed.code) : undefined;
  }

  tasks(): readonly TaskRef[] {
    return this.taskRefs;
  }

  codesOfKind(kind: CodeKind): string[] {
    return [...this.byCode.values()].filter((e) => e.kind === kind).map((e) => e.code);
  }

  /** The tasks whose blocks list a K or S code, in document order. */
  requiredBy(code: string): Task[] {
    const parsed = parseCode(code);
    return parsed ? (this.requiredByCode.get(parsed.code) ?? []) : [];
  }

  /** Distinct levels of a task's blocks, ascending. */
  levelsOf(task: Task): number[] {
    return [...new Set(task.blocks.map((b) => b.level).filter((l): l is number => l !== null))].sort(
      (a, b) => a - b,
    );
  }

  tasksAtLevel(level: number): TaskRef[] {
    return this.taskRefs.filter((ref) => ref.task.blocks.some((b) => b.level === level));
  }

  /** A task's knowledge or skill items across its blocks, in document order, without repeats. */
  itemsOf(task: Task, kind: "knowledge" | "skill"): Item[] {
    const dictionary = kind === "knowledge" ? this.standard.knowledge : this.standard.skills;
    const codes = unique(task.blocks.flatMap((b) => (kind === "knowledge" ? b.knowledge : b.skills)));
    return codes.map((code) => dictionary.find((i) => i.code === code) ?? { code, name: "", details: [] });
  }

  outputsOf(task: Task): Item[] {
    return uniqueBy(
      task.blocks.flatMap((b) => b.outputs),
      (o) => o.code,
    );
  }

  indicatorsOf(task: Task): Indicator[] {
    return uniqueBy(
      task.blocks.flatMap((b) => b.indicators),
      (p) => p.code,
    );
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(key(v)) && seen.add(key(v)) !== undefined);
}

import {
  parseCode,
  parseStandardCode,
  type Attitude,
  type CodeKind,
  type Duty,
  type Indicator,
  type Item,
  type LevelBlock,
  type Standard,
  type Task,
  type VersionEntry,
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

/** How much a standard holds, for cards and summaries. */
export interface StandardCounts {
  duties: number;
  tasks: number;
  knowledge: number;
  skills: number;
  attitudes: number;
}

/** Every code of one standard, indexed once so lookups and queries do not walk the model. */
export class StandardIndex {
  /** The code without its version ("INM2521-001"), or the whole code when it has no such form. */
  readonly base: string;
  /** The version number of the code (2 for "…v2"), or null when it has none. */
  readonly version: number | null;
  readonly counts: StandardCounts;
  private readonly byCode = new Map<string, CodeEntry>();
  private readonly taskRefs: TaskRef[] = [];
  private readonly requiredByCode = new Map<string, Task[]>();
  private readonly itemLevels = new Map<string, number>();
  /** Per-task lists, made on first use: functions ask for the same tasks again and again. */
  private readonly taskLists = new Map<Task, TaskLists>();

  constructor(readonly standard: Standard) {
    const code = parseStandardCode(standard.code);
    this.base = code?.base ?? standard.code;
    this.version = code?.version ?? null;
    for (const item of standard.knowledge)
      this.put({ kind: "knowledge", code: item.code, text: item.name, item });
    for (const item of standard.skills) this.put({ kind: "skill", code: item.code, text: item.name, item });
    for (const attitude of standard.attitudes)
      this.put({ kind: "attitude", code: attitude.code, text: attitude.name, attitude });
    for (const duty of standard.duties) {
      this.put({ kind: "duty", code: duty.code, text: duty.name, duty });
      for (const task of duty.tasks) this.indexTask(duty, task);
    }
    this.counts = {
      duties: standard.duties.length,
      tasks: this.taskRefs.length,
      knowledge: standard.knowledge.length,
      skills: standard.skills.length,
      attitudes: standard.attitudes.length,
    };
  }

  private indexTask(duty: Duty, task: Task): void {
    this.taskRefs.push({ duty, task });
    this.put({ kind: "task", code: task.code, text: task.name, duty, task });
    for (const block of task.blocks) {
      for (const item of block.outputs)
        this.put({ kind: "output", code: item.code, text: item.name, task, block, item });
      for (const indicator of block.indicators)
        this.put({ kind: "indicator", code: indicator.code, text: indicator.text, task, block, indicator });
      for (const code of [...block.knowledge, ...block.skills]) {
        const tasks = this.requiredByCode.get(code) ?? [];
        if (tasks.at(-1) !== task) tasks.push(task);
        this.requiredByCode.set(code, tasks);
        if (block.level !== null)
          this.itemLevels.set(code, Math.max(block.level, this.itemLevels.get(code) ?? 0));
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

  /** The version row of this code (its 版本, status and date), else the first row. */
  currentVersion(): VersionEntry | undefined {
    return this.standard.versions.find((v) => v.code === this.standard.code) ?? this.standard.versions[0];
  }

  /** "V2": the version row naming this code, else the code's own version, else "". */
  versionLabel(): string {
    const row = this.standard.versions.find((v) => v.code === this.standard.code);
    if (row?.version) return row.version;
    return this.version === null ? "" : `V${this.version}`;
  }

  /** The knowledge or skill item of a code, or one without a name when the document lists none. */
  item(code: string): Item {
    const found = this.lookup(code);
    if (found?.kind === "knowledge" || found?.kind === "skill") return found.item;
    return { code, name: "", details: [] };
  }

  /**
   * The 職能級別 of a code: a task's or duty's highest block level, an output's or indicator's
   * block level, the highest level of the blocks listing a K or S item; null when there is none.
   */
  levelOf(code: string): number | null {
    const found = this.lookup(code);
    switch (found?.kind) {
      case "task":
        return highest(found.task.blocks.map((b) => b.level));
      case "duty":
        return highest(found.duty.tasks.flatMap((t) => t.blocks.map((b) => b.level)));
      case "output":
      case "indicator":
        return found.block.level;
      case "knowledge":
      case "skill":
        return this.itemLevels.get(found.code) ?? null;
      default:
        return null;
    }
  }

  /** Every level the standard speaks of: its benchmark level and the levels of its tasks. */
  levels(): Set<number> {
    const levels = new Set(this.taskRefs.flatMap(({ task }) => this.levelsOf(task)));
    if (this.standard.level !== null) levels.add(this.standard.level);
    return levels;
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
  itemsOf(task: Task, kind: "knowledge" | "skill"): readonly Item[] {
    const lists = this.listsOf(task);
    lists[kind] ??= unique(task.blocks.flatMap((b) => (kind === "knowledge" ? b.knowledge : b.skills))).map(
      (code) => this.item(code),
    );
    return lists[kind];
  }

  outputsOf(task: Task): readonly Item[] {
    const lists = this.listsOf(task);
    return (lists.outputs ??= firstOfEachCode(task.blocks.flatMap((b) => b.outputs)));
  }

  indicatorsOf(task: Task): readonly Indicator[] {
    const lists = this.listsOf(task);
    return (lists.indicators ??= firstOfEachCode(task.blocks.flatMap((b) => b.indicators)));
  }

  private listsOf(task: Task): TaskLists {
    let lists = this.taskLists.get(task);
    if (!lists) {
      lists = {};
      this.taskLists.set(task, lists);
    }
    return lists;
  }
}

interface TaskLists {
  knowledge?: Item[];
  skill?: Item[];
  outputs?: Item[];
  indicators?: Indicator[];
}

function highest(levels: readonly (number | null)[]): number | null {
  const known = levels.filter((l): l is number => l !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function firstOfEachCode<T extends { code: string }>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.code) && seen.add(v.code) !== undefined);
}

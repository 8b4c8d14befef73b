import type { Duty, Item, LevelBlock, Task } from "../model";
import { DiagnosticSink } from "./diagnostics";
import { isEmptyBlock, type BlockDraft, type DutyDraft, type ItemDraft } from "./drafts";
import { textOf, toItem } from "./items";

export interface Assembled {
  duties: Duty[];
  knowledge: Item[];
  skills: Item[];
}

const FOOTNOTE = /【註\d+】/g;

/**
 * Drafts → model: texts joined, K/S names gathered into dictionaries, lists de-duplicated.
 * What makes a standard incomplete is an error (a block without level or indicators, a code
 * without a name anywhere); what makes it thin is a warning (a task without outputs, or without
 * knowledge and skills).
 */
export function assemble(drafts: readonly DutyDraft[], diagnostics: DiagnosticSink): Assembled {
  const knowledge = new Dictionary("知識", "Knowledge item", diagnostics);
  const skills = new Dictionary("技能", "Skill item", diagnostics);
  const duties = drafts.map((duty): Duty => ({
    code: duty.name.code,
    name: textOf(duty.name),
    tasks: duty.tasks.map((task) => ({
      code: task.name.code,
      name: textOf(task.name),
      blocks: task.blocks
        .filter((block, i) => i === 0 || !isEmptyBlock(block))
        .map((block) => toBlock(block, task.name.code, knowledge, skills, diagnostics)),
    })),
  }));
  duties.forEach((duty, i) => {
    const line = drafts[i]!.name.line;
    if (!duty.name) {
      diagnostics.error(
        line,
        "missing-name",
        `主要職責 ${duty.code} 沒有名稱。`,
        `Duty ${duty.code} has no name.`,
      );
    }
    if (duty.tasks.length === 0) {
      diagnostics.warning(
        line,
        "empty-duty",
        `主要職責 ${duty.code} 沒有工作任務。`,
        `Duty ${duty.code} has no tasks.`,
      );
    }
    duty.tasks.forEach((task, j) => checkTask(task, drafts[i]!.tasks[j]!.name.line, diagnostics));
  });
  return { duties, knowledge: knowledge.items(), skills: skills.items() };
}

function checkTask(task: Task, line: number, diagnostics: DiagnosticSink): void {
  if (!task.name) {
    diagnostics.error(
      line,
      "missing-name",
      `工作任務 ${task.code} 沒有名稱。`,
      `Task ${task.code} has no name.`,
    );
  }
  if (task.blocks.every((b) => b.outputs.length === 0)) {
    diagnostics.warning(
      line,
      "missing-outputs",
      `工作任務 ${task.code} 沒有工作產出（O）。`,
      `Task ${task.code} has no outputs (O).`,
    );
  }
  if (task.blocks.every((b) => b.knowledge.length + b.skills.length === 0)) {
    diagnostics.warning(
      line,
      "missing-knowledge-skills",
      `工作任務 ${task.code} 沒有職能內涵知識（K）或技能（S）。`,
      `Task ${task.code} lists no knowledge (K) or skills (S).`,
    );
  }
}

function toBlock(
  block: BlockDraft,
  taskCode: string,
  knowledge: Dictionary,
  skills: Dictionary,
  diagnostics: DiagnosticSink,
): LevelBlock {
  if (block.level === null) {
    diagnostics.error(
      block.line,
      "missing-level",
      `工作任務 ${taskCode} 有一組行為指標沒有職能級別。`,
      `A block of task ${taskCode} has no competency level.`,
    );
  }
  if (block.indicators.length === 0) {
    diagnostics.error(
      block.line,
      "missing-indicators",
      `工作任務 ${taskCode} 有一組沒有行為指標。`,
      `A block of task ${taskCode} has no behaviour indicators.`,
    );
  }
  const outputs = unique(block.outputs, taskCode, diagnostics);
  const indicators = unique(block.indicators, taskCode, diagnostics);
  for (const item of [...outputs, ...indicators]) {
    if (textOf(item) === "") missingName(item, item.kind === "output" ? "工作產出" : "行為指標", diagnostics);
  }
  return {
    level: block.level,
    outputs: outputs.map(toItem),
    indicators: indicators.map((p) => ({ code: p.code, text: textOf(p) })),
    knowledge: unique(block.knowledge, taskCode, diagnostics).map((k) => knowledge.register(k)),
    skills: unique(block.skills, taskCode, diagnostics).map((s) => skills.register(s)),
  };
}

function unique(items: readonly ItemDraft[], taskCode: string, diagnostics: DiagnosticSink): ItemDraft[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (!seen.has(item.code)) {
      seen.add(item.code);
      return true;
    }
    diagnostics.warning(
      item.line,
      "duplicate-code",
      `${item.code} 在工作任務 ${taskCode} 同一組中重複出現。`,
      `${item.code} appears twice in one block of task ${taskCode}.`,
    );
    return false;
  });
}

/**
 * Knowledge or skill items by code, in order of first appearance. A later mention may add a
 * footnote marker to the same name (K06 …概念【註4】); a really different name is reported.
 */
class Dictionary {
  private readonly byCode = new Map<string, { item: Item; line: number }>();

  constructor(
    private readonly zhKind: string,
    private readonly enKind: string,
    private readonly diagnostics: DiagnosticSink,
  ) {}

  register(draft: ItemDraft): string {
    const item = toItem(draft);
    const known = this.byCode.get(item.code);
    if (!known) {
      this.byCode.set(item.code, { item, line: draft.line });
    } else if (
      known.item.name === "" ||
      (item.name !== known.item.name &&
        bare(item.name) === bare(known.item.name) &&
        item.name.length > known.item.name.length)
    ) {
      this.byCode.set(item.code, {
        item: { ...item, details: item.details.length ? item.details : known.item.details },
        line: known.line,
      });
    } else if (item.name !== "" && bare(item.name) !== bare(known.item.name)) {
      this.diagnostics.warning(
        draft.line,
        "conflicting-name",
        `${item.code} 的名稱與第 ${known.line} 行不同：「${item.name}」/「${known.item.name}」。`,
        `${item.code} is named differently than on line ${known.line}: "${item.name}" / "${known.item.name}".`,
      );
    }
    return item.code;
  }

  /** Every item in order; one named nowhere in the document is an error at its first mention. */
  items(): Item[] {
    for (const { item, line } of this.byCode.values()) {
      if (!item.name) {
        this.diagnostics.error(
          line,
          "missing-name",
          `${this.zhKind} ${item.code} 在文件中沒有名稱。`,
          `${this.enKind} ${item.code} is named nowhere in the document.`,
        );
      }
    }
    return [...this.byCode.values()].map((entry) => entry.item);
  }
}

function bare(name: string): string {
  return name.replace(FOOTNOTE, "").replace(/\s+/g, "");
}

function missingName(item: ItemDraft, zhKind: string, diagnostics: DiagnosticSink): void {
  diagnostics.error(
    item.line,
    "missing-name",
    `${zhKind} ${item.code} 沒有內容。`,
    `${item.kind === "output" ? "Output" : "Indicator"} ${item.code} has no text.`,
  );
}

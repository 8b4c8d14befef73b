import { parseCode, type Standard } from "../model";
import { foldText } from "./normalize";
import type { StandardIndex } from "./standard-index";

/** T duty/task, O output, P indicator, K knowledge, S skill, A attitude, N header or note text. */
export type HitKind = "T" | "O" | "P" | "K" | "S" | "A" | "N";

export interface SearchHit {
  standard: string;
  kind: HitKind;
  /** The code that matched, or for N the field ("description", "notes"…). */
  code: string;
  text: string;
  /** The task the hit belongs to (T tasks, O, P), or the tasks requiring it (K, S). */
  tasks: string[];
  /** Levels of the blocks the hit belongs to: filter hits by level with it. */
  levels: number[];
}

interface Entry extends SearchHit {
  folded: string;
}

/** Every searchable text of a standard, in document order, with its context. */
export function searchEntries(index: StandardIndex): Entry[] {
  const standard: Standard = index.standard;
  const entries: Entry[] = [];
  const add = (hit: SearchHit): void => {
    entries.push({ ...hit, folded: foldText(hit.text) });
  };
  const base = { standard: standard.code };
  for (const [field, text] of [
    ["code", standard.code],
    ["name", standard.name],
    ["description", standard.description],
    ["category", standard.category.name],
    ["occupation", standard.occupation.name],
    ["industry", standard.industry.name],
  ] as const) {
    add({ ...base, kind: "N", code: field, text, tasks: [], levels: [] });
  }
  for (const duty of standard.duties) {
    const dutyLevels = duty.tasks.flatMap((t) => index.levelsOf(t));
    add({
      ...base,
      kind: "T",
      code: duty.code,
      text: duty.name,
      tasks: duty.tasks.map((t) => t.code),
      levels: [...new Set(dutyLevels)],
    });
    for (const task of duty.tasks) {
      add({
        ...base,
        kind: "T",
        code: task.code,
        text: task.name,
        tasks: [task.code],
        levels: index.levelsOf(task),
      });
      for (const block of task.blocks) {
        const levels = block.level === null ? [] : [block.level];
        for (const o of block.outputs)
          add({
            ...base,
            kind: "O",
            code: o.code,
            text: [o.name, ...o.details].join(" "),
            tasks: [task.code],
            levels,
          });
        for (const p of block.indicators)
          add({ ...base, kind: "P", code: p.code, text: p.text, tasks: [task.code], levels });
      }
    }
  }
  for (const [kind, items] of [
    ["K", standard.knowledge],
    ["S", standard.skills],
  ] as const) {
    for (const item of items) {
      const tasks = index.requiredBy(item.code);
      const levels = [
        ...new Set(
          tasks.flatMap((t) =>
            t.blocks
              .filter((b) => (kind === "K" ? b.knowledge : b.skills).includes(item.code))
              .map((b) => b.level),
          ),
        ),
      ];
      add({
        ...base,
        kind,
        code: item.code,
        text: [item.name, ...item.details].join(" "),
        tasks: tasks.map((t) => t.code),
        levels: levels.filter((l): l is number => l !== null).sort((a, b) => a - b),
      });
    }
  }
  for (const a of standard.attitudes)
    add({ ...base, kind: "A", code: a.code, text: `${a.name}：${a.description}`, tasks: [], levels: [] });
  const notes = [...standard.notes.qualifications, ...standard.notes.other].flatMap((n) => [
    n.text,
    ...n.subItems,
  ]);
  for (const text of [...notes, ...standard.notes.footnotes.map((f) => `【註${f.number}】${f.text}`)]) {
    add({ ...base, kind: "N", code: "notes", text, tasks: [], levels: [] });
  }
  return entries;
}

/**
 * Entries whose text contains the query, or whose code is the query when it is an item code in
 * any form ("k08", "Ｔ２．２"): people type codes as often as words.
 */
export function matchEntries(
  entries: readonly Entry[],
  query: string,
  kinds: ReadonlySet<HitKind>,
): SearchHit[] {
  const folded = foldText(query);
  const code = parseCode(query)?.code;
  return entries
    .filter((e) => kinds.has(e.kind) && (e.folded.includes(folded) || (e.kind !== "N" && e.code === code)))
    .map(({ folded: _folded, ...hit }) => hit);
}

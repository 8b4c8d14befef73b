import { taskOfCode } from "../model";
import type { ItemDraft, TaskDraft } from "./drafts";

/**
 * Tasks written in one cell ("T1.1 … T1.2 …") share one table row, which the last of them has
 * read: each takes the outputs and indicators numbered under it, and every one of them gets the
 * row's levels, knowledge and skills.
 */
export function shareRow(tasks: readonly TaskDraft[]): void {
  const reader = tasks.at(-1);
  if (!reader || tasks.length < 2) return;
  const others = tasks.slice(0, -1);
  for (const sibling of others) {
    const own = (item: ItemDraft) => taskOfCode(item.code) === sibling.name.code;
    sibling.blocks = reader.blocks.map((block) => ({
      ...block,
      outputs: block.outputs.filter(own),
      indicators: block.indicators.filter(own),
    }));
  }
  const readers = (item: ItemDraft) => !others.some((t) => taskOfCode(item.code) === t.name.code);
  for (const block of reader.blocks) {
    block.outputs = block.outputs.filter(readers);
    block.indicators = block.indicators.filter(readers);
  }
}

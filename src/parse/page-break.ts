import type { Column } from "./columns";
import type { ItemDraft } from "./drafts";

/** The last item of one column of the row a page break cut, and how many lines that column filled. */
export interface RowColumn {
  column: Column;
  item: ItemDraft;
  lines: number;
}

const SENTENCE_END = /[。．.！!？?；;]$/;

/**
 * Where each text fragment at the top of a page goes, in PDF text that lost its columns. The
 * cut row's cells continue there in column order (duty, task, outputs, indicators, K, S). Cells
 * are top-aligned with one line height, so the cells that continue are those that filled the
 * most lines before the break; among them the fragments go one per cell, in order. A fragment
 * that ends a sentence finishes the row's open indicator (names never end one), and the
 * fragments between the names and it belong to the indicator too. What is left over continues
 * the last cell that took a fragment, or else `fallback` (the last item read).
 */
export function continueBrokenRow(
  fragments: readonly string[],
  row: readonly RowColumn[],
  fallback: ItemDraft | undefined,
): Array<ItemDraft | undefined> {
  const most = Math.max(0, ...row.map((c) => c.lines));
  const cut = row.filter((c) => c.lines === most && most > 0);
  const indicator = row.find((c) => c.column === "indicator");
  const indicatorOpen = indicator !== undefined && !SENTENCE_END.test(textOf(indicator.item));
  const end = indicatorOpen ? fragments.findIndex((f) => SENTENCE_END.test(f.trim())) : -1;
  const targets: Array<ItemDraft | undefined> = [];
  if (end >= 0) {
    const names = cut.filter((c) => isNameColumn(c.column));
    const lists = cut.filter((c) => c.column === "knowledge" || c.column === "skill");
    const named = Math.min(names.length, end);
    for (let i = 0; i < fragments.length; i++) {
      if (i < named) targets.push(names[i]!.item);
      else if (i <= end) targets.push(indicator!.item);
      else targets.push(lists[i - end - 1]?.item ?? lists.at(-1)?.item ?? fallback);
    }
    return targets;
  }
  for (let i = 0; i < fragments.length; i++) targets.push(cut[i]?.item ?? cut.at(-1)?.item ?? fallback);
  return targets;
}

function isNameColumn(column: Column): boolean {
  return column === "duty" || column === "task" || column === "output";
}

function textOf(item: ItemDraft): string {
  return (item.pieces.at(-1) ?? "").trim();
}

import type { CodeKind } from "../model";

/** An item while its text is still being collected, piece by piece, from lines and cells. */
export interface ItemDraft {
  kind: CodeKind;
  code: string;
  line: number;
  pieces: string[];
  /** Source lines the item's text has filled so far, and the last of them. */
  lines: number;
  lastLine: number;
}

export interface BlockDraft {
  level: number | null;
  line: number;
  outputs: ItemDraft[];
  indicators: ItemDraft[];
  knowledge: ItemDraft[];
  skills: ItemDraft[];
}

export interface TaskDraft {
  name: ItemDraft;
  blocks: BlockDraft[];
}

export interface DutyDraft {
  name: ItemDraft;
  tasks: TaskDraft[];
}

export function newItem(kind: CodeKind, code: string, line: number): ItemDraft {
  return { kind, code, line, pieces: [], lines: 1, lastLine: line };
}

export function newBlock(line: number): BlockDraft {
  return { level: null, line, outputs: [], indicators: [], knowledge: [], skills: [] };
}

/** Nothing read yet: no level, no outputs, indicators, knowledge or skills. */
export function isEmptyBlock(block: BlockDraft): boolean {
  return (
    block.level === null &&
    block.outputs.length + block.indicators.length + block.knowledge.length + block.skills.length === 0
  );
}

export function hasLists(block: BlockDraft): boolean {
  return block.knowledge.length > 0 || block.skills.length > 0;
}

/** Adds a piece of text read on `line` to an item. */
export function addPiece(item: ItemDraft, piece: string, line: number): void {
  item.pieces.push(piece);
  if (line !== item.lastLine) {
    item.lines++;
    item.lastLine = line;
  }
}

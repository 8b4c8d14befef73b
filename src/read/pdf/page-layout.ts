import { cellAt, type Grid } from "./grid";
import { cellText, joinLine, joinWrapped, visualLines, type Glyphs } from "./text-runs";

/** A page's content in reading order: tables as rows of cells, other text as lines. */
export type Block =
  | { kind: "table"; top: number; columns: number[]; rows: string[][] }
  | { kind: "text"; top: number; text: string };

/** Gap (in font sizes) that separates the cells of a borderless table on one visual line. */
const CELL_GAP = 2;

/**
 * Places each piece of text in the table cell under it (merged cells give their text to their
 * top-left cell and leave the others empty, as seed 000 writes them) or, outside every table,
 * in a line of its own; wrapped lines of one paragraph are joined.
 */
export function layoutPage(pieces: readonly Glyphs[], grids: readonly Grid[]): Block[] {
  const inCells = grids.map(() => new Map<number, Glyphs[]>());
  const loose: Glyphs[] = [];
  for (const piece of pieces) {
    const x = piece.x + Math.min(piece.width, piece.size) / 2;
    const y = piece.y + piece.size * 0.3;
    const g = grids.findIndex((grid) => cellAt(grid, x, y) >= 0);
    if (g < 0) {
      loose.push(piece);
      continue;
    }
    const anchor = grids[g]!.anchors[cellAt(grids[g]!, x, y)]!;
    const cell = inCells[g]!.get(anchor) ?? [];
    cell.push(piece);
    inCells[g]!.set(anchor, cell);
  }
  const blocks: Block[] = grids.map((grid, g) => tableBlock(grid, inCells[g]!));
  blocks.push(...textBlocks(loose));
  return blocks
    .filter((b) => (b.kind === "text" ? b.text !== "" : b.rows.length > 0))
    .sort((a, b) => b.top - a.top);
}

function tableBlock(grid: Grid, cells: Map<number, Glyphs[]>): Block {
  const columns = grid.xs.length - 1;
  const rows: string[][] = [];
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      row.push(grid.anchors[index] === index ? cellText(cells.get(index) ?? []) : "");
    }
    if (row.some((cell) => cell !== "")) rows.push(row);
  }
  return { kind: "table", top: grid.ys[0]!, columns: grid.xs, rows };
}

/**
 * Text outside tables, line by line. A line that fills the text's width continues on the next
 * when that one starts at the same left edge and does not open a new item (a code or a bullet).
 */
function textBlocks(pieces: readonly Glyphs[]): Block[] {
  const lines = visualLines(pieces).map((line) => ({
    text: joinLine(line, CELL_GAP),
    top: line[0]!.y + line[0]!.size,
    left: line[0]!.x,
    right: Math.max(...line.map((p) => p.x + p.width)),
    size: line[0]!.size,
  }));
  const right = Math.max(...lines.map((l) => l.right));
  const blocks: Block[] = [];
  let previous: (typeof lines)[number] | undefined;
  for (const line of lines) {
    const last = blocks.at(-1);
    const continues =
      previous !== undefined &&
      last?.kind === "text" &&
      !line.text.includes("\t") &&
      !last.text.includes("\t") &&
      previous.right >= right - 2 * previous.size &&
      Math.abs(line.left - previous.left) <= previous.size * 2.5 &&
      previous.top - line.top <= previous.size * 2 &&
      !/^\s*(?:[A-Z]{1,2}\d|[-•●■◆▪※]|【註)/.test(line.text);
    if (continues) last.text = joinWrapped(last.text, line.text.trim());
    else blocks.push({ kind: "text", top: line.top, text: line.text.trim() });
    previous = line;
  }
  return blocks;
}

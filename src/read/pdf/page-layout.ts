import { borderlessTable } from "./borderless";
import { cellAt, type Grid } from "./grid";
import type { Rules } from "./rules";
import { cellText, joinLine, joinWrapped, visualLines, type Glyphs } from "./text-runs";

/** A page's content in reading order: tables as rows of cells, other text as lines. */
export type Block =
  { kind: "table"; top: number; rows: string[][] } | { kind: "text"; top: number; text: string };

/** Gap (in font sizes) that separates the cells of a borderless table on one visual line. */
const CELL_GAP = 2;

/**
 * Places each piece of text in the table cell under it (merged cells give their text to their
 * top-left cell and leave the others empty, as seed 000 writes them), in the borderless main
 * table when the page draws none, or, outside every table, in a line of its own; wrapped lines
 * of one paragraph are joined.
 */
export function layoutPage(
  pieces: readonly Glyphs[],
  grids: readonly Grid[],
  marks: readonly Mark[] = [],
): Block[] {
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
    const grid = grids[g]!;
    const anchor = grid.anchors[cellAt(grid, x, y)]!;
    const cell = inCells[g]!.get(anchor) ?? [];
    cell.push(piece);
    inCells[g]!.set(anchor, cell);
  }
  const blocks: Block[] = grids.map((grid, g) => tableBlock(grid, inCells[g]!, marks));
  const borderless = borderlessTable(loose);
  if (borderless) blocks.push({ kind: "table", top: borderless.top, rows: borderless.rows });
  const rest = borderless ? loose.filter((p) => !borderless.pieces.has(p)) : loose;
  const pageLeft = Math.min(...pieces.map((p) => p.x));
  const pageRight = Math.max(...pieces.map((p) => p.x + p.width));
  blocks.push(
    ...paragraphs(rest, marks, pageLeft, pageRight).map((p): Block => ({
      kind: "text",
      top: p.top,
      text: p.text,
    })),
  );
  return blocks
    .filter((b) => (b.kind === "text" ? b.text !== "" : b.rows.length > 0))
    .sort((a, b) => b.top - a.top);
}

function tableBlock(grid: Grid, cells: Map<number, Glyphs[]>, marks: readonly Mark[]): Block {
  const columns = grid.xs.length - 1;
  const rows: string[][] = [];
  const rights = rightEdges(grid);
  if (columns === 1) {
    // A one-column table (attitudes, notes) holds paragraphs and lists: one line each.
    for (let r = 0; r + 1 < grid.ys.length; r++)
      if (grid.anchors[r] === r)
        rows.push(...paragraphs(cells.get(r) ?? [], marks, grid.xs[0]!, grid.xs[1]!).map((p) => [p.text]));
    return { kind: "table", top: grid.ys[0]!, rows };
  }
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      row.push(grid.anchors[index] === index ? cellText(cells.get(index) ?? [], rights.get(index)!) : "");
    }
    if (row.some((cell) => cell !== "")) rows.push(row);
  }
  return { kind: "table", top: grid.ys[0]!, rows };
}

/** The right border of each merged cell, by the index of its top-left cell. */
function rightEdges(grid: Grid): Map<number, number> {
  const columns = grid.xs.length - 1;
  const rights = new Map<number, number>();
  grid.anchors.forEach((anchor, i) => {
    rights.set(anchor, Math.max(rights.get(anchor) ?? -Infinity, grid.xs[(i % columns) + 1]!));
  });
  return rights;
}

/**
 * Text as paragraphs, line by line, within a box whose right edge is `right` (a cell's border or
 * the page's text edge). A list item (a line opening with a bullet, written or drawn
 * just left of it) continues on the lines that start where its text starts (a hanging indent);
 * another line continues on the next when it fills the text's width and the next does not open
 * an item of its own (a code or a footnote). Items are written as seed 000 writes them ("- ", one
 * more leading space when indented further than the first level). The first level is where the
 * box's first bullets stand, or near its left edge `left` when a page break left only sub-items in it.
 */
function paragraphs(
  pieces: readonly Glyphs[],
  marks: readonly Mark[],
  left: number,
  right: number,
): Array<{ top: number; text: string }> {
  const lines = visualLines(pieces).map((line) => {
    const first = line[0]!;
    const written = WRITTEN_BULLET.exec(joinLine([first]));
    const drawn = marks.some(
      (m) =>
        m.x < first.x &&
        m.x > first.x - 2.5 * first.size &&
        Math.abs(m.y - first.y - 0.35 * first.size) < 0.6 * first.size,
    );
    const text = joinLine(line, CELL_GAP).trim();
    const bulletLeft = drawn ? first.x - first.size : first.x;
    const textLeft = written ? (line[1]?.x ?? first.x) : first.x;
    return {
      text: written ? text.slice(written[0].length).trim() : text,
      bullet: written !== null || drawn,
      top: first.y + first.size,
      bulletLeft,
      textLeft,
      right: Math.max(...line.map((p) => p.x + p.width)),
      size: first.size,
    };
  });
  const size = lines[0]?.size ?? 0;
  const firstLevel = Math.min(left + 1.5 * size, ...lines.filter((l) => l.bullet).map((l) => l.bulletLeft));
  const out: Array<{ top: number; text: string; item: boolean; textLeft: number }> = [];
  let previous: (typeof lines)[number] | undefined;
  for (const line of lines) {
    const last = out.at(-1);
    const near = previous !== undefined && previous.top - line.top <= previous.size * 2;
    const full = previous !== undefined && previous.right >= right - 1.5 * previous.size;
    const continues =
      last !== undefined &&
      near &&
      !line.bullet &&
      !line.text.includes("\t") &&
      !last.text.includes("\t") &&
      (last.item
        ? Math.abs(line.textLeft - last.textLeft) <= 0.5 * line.size
        : full && !NEW_ITEM.test(line.text));
    if (continues) last.text = joinWrapped(last.text, line.text, full);
    else if (line.bullet) {
      const indent = line.bulletLeft > firstLevel + line.size ? " " : "";
      out.push({ top: line.top, text: `${indent}- ${line.text}`, item: true, textLeft: line.textLeft });
    } else out.push({ top: line.top, text: line.text, item: false, textLeft: line.textLeft });
    previous = line;
  }
  return out;
}

type Mark = Rules["marks"][number];

/** A list bullet written as text (private-use symbol-font bullets and a substituted middle dot too). */
const WRITTEN_BULLET = /^[-•●▪■◆◇○□‧·・\u2022\uF000-\uF0FF]\s*/;
/** A line that opens an item of its own: a code (A01, K02, T1.1…) or a footnote. */
const NEW_ITEM = /^(?:[A-Z]{1,2}\d|【註)/;

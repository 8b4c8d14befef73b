import { joinLine, joinWrapped, visualLines, type Glyphs } from "./text-runs";

/** Words that make up the main table's heading row, and nothing else. */
const HEADING_WORDS =
  /主要職責|工作任務|工作活動|工作產出|行為指標|職能級別|職能內涵|職能|級別|[(（]?\s*[KS]\s*=\s*(?:knowledge|skills?)\s*(?:知識|技能)?\s*[)）]?|知識|技能|[()（）\s]/gi;
const TABLE_END = /A\s*=\s*attitude|說明與補充事項/i;
/** A code that opens a new row in its column: a duty or task (T1, T1.1) or an output (O1.1.1). */
const ROW_OPENER = /^\s*[TO]\d+(?:\.\d+)*/;

export interface BorderlessTable {
  top: number;
  rows: string[][];
  /** The pieces of the page that belong to the table (heading and body). */
  pieces: ReadonlySet<Glyphs>;
}

/**
 * The main table of a page drawn without borders: its heading row gives the columns (each
 * heading's extent, its border in the gutter before the column's text), and a row opens where a duty, task or output code or a level starts a cell; the visual
 * lines after it continue its cells, as wrapped lines.
 */
export function borderlessTable(pieces: readonly Glyphs[]): BorderlessTable | null {
  const lines = visualLines(pieces);
  const start = lines.findIndex((line) => {
    const text = joinLine(line);
    return /行為指標/.test(text) && /工作產出/.test(text);
  });
  if (start < 0) return null;
  const anchor = lines[start]![0]!;
  const heading = lines.filter(
    (line) =>
      Math.abs(line[0]!.y - anchor.y) <= 2.5 * anchor.size &&
      joinLine(line).replace(HEADING_WORDS, "") === "",
  );
  const columns = headingColumns(heading.flat());
  if (columns.length < 4) return null;
  const bottom = Math.min(...heading.map((line) => line[0]!.y));
  const body: Glyphs[][] = [];
  for (const line of lines) {
    if (line[0]!.y >= bottom || heading.includes(line)) continue;
    if (TABLE_END.test(joinLine(line))) break;
    body.push(line);
  }
  placeBorders(columns, body.flat());
  const rows: string[][] = [headingRow(heading.flat(), columns)];
  for (const line of body) {
    const cells = columns.map(() => [] as Glyphs[]);
    for (const piece of line) cells[columnOf(piece.x, columns)]!.push(piece);
    const texts = cells.map((cell) => (cell.length > 0 ? joinLine(cell) : ""));
    const level = texts.findIndex((_, i) => /級別/.test(rows[0]![i] ?? ""));
    const opens =
      rows.length === 1 ||
      texts.slice(0, Math.min(3, texts.length)).some((t) => ROW_OPENER.test(t)) ||
      (level >= 0 && /^\s*[1-7]\s*$/.test(texts[level]!));
    if (opens) rows.push(texts);
    else rows.at(-1)!.forEach((cell, i, row) => (row[i] = texts[i] ? joinWrapped(cell, texts[i]!) : cell));
  }
  return { top: anchor.y + anchor.size, rows, pieces: new Set([...heading.flat(), ...body.flat()]) };
}

interface Column {
  left: number;
  right: number;
  /** Where the column begins: the gutter before its text (headings are often centred). */
  border: number;
}

/**
 * Puts each column's left border in the gutter just before its text: the rightmost point between
 * the previous heading's end and this heading's start that no body text crosses.
 */
function placeBorders(columns: Column[], body: readonly Glyphs[]): void {
  for (let i = 1; i < columns.length; i++) {
    const [from, to] = [columns[i - 1]!.right, columns[i]!.left];
    const crossing = body.filter((p) => p.x < to && p.x + p.width > from);
    for (let x = to; x >= from; x -= 0.5)
      if (!crossing.some((p) => p.x < x && p.x + p.width > x)) {
        columns[i]!.border = x;
        break;
      }
  }
}

/** Heading pieces that overlap horizontally (職能 over 級別) make one column. */
function headingColumns(pieces: readonly Glyphs[]): Column[] {
  const columns: Column[] = [];
  for (const piece of [...pieces].sort((a, b) => a.x - b.x)) {
    const last = columns.at(-1);
    if (last && piece.x <= last.right + 0.3 * piece.size)
      last.right = Math.max(last.right, piece.x + piece.width);
    else
      columns.push({
        left: piece.x,
        right: piece.x + piece.width,
        border: last ? (last.right + piece.x) / 2 : -Infinity,
      });
  }
  return columns;
}

function headingRow(pieces: readonly Glyphs[], columns: readonly Column[]): string[] {
  const cells = columns.map(() => [] as Glyphs[]);
  for (const piece of pieces) cells[columnOf(piece.x, columns)]!.push(piece);
  return cells.map((cell) =>
    visualLines(cell)
      .map((line) => joinLine(line))
      .reduce((text, line) => joinWrapped(text, line), ""),
  );
}

/** The last column whose border lies at or before x. */
function columnOf(x: number, columns: readonly Column[]): number {
  let best = 0;
  for (let i = 1; i < columns.length; i++) if (x >= columns[i]!.border) best = i;
  return best;
}

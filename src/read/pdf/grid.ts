import { covers, SNAP, type Rule, type Rules } from "./rules";

/** A table found from its borders: column edges left to right, row edges top to bottom. */
export interface Grid {
  xs: number[];
  ys: number[];
  horizontal: Rule[];
  vertical: Rule[];
  /** For each cell (row-major), the index of the top-left cell of the merged cell it belongs to. */
  anchors: number[];
}

/**
 * Tables of a page: groups of horizontal and vertical rules that touch each other, with at least
 * two of each. A cell merged across rows or columns is found by the missing border between grid
 * cells, so merged duty and task cells are exact.
 */
/** More rules than this on a page (a drawing, or a hostile file) are not read as tables. */
const MAX_RULES = 4_000;
/** Grids with more cells than this are not tables of a document. */
const MAX_CELLS = 20_000;

export function findGrids(rules: Rules): Grid[] {
  if (rules.horizontal.length + rules.vertical.length > MAX_RULES) return [];
  const all = [
    ...rules.horizontal.map((r) => ({ r, h: true })),
    ...rules.vertical.map((r) => ({ r, h: false })),
  ];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const hs = all.flatMap((s, i) => (s.h ? [i] : []));
  const vs = all.flatMap((s, i) => (s.h ? [] : [i]));
  for (const h of hs)
    for (const v of vs) {
      const hr = all[h]!.r;
      const vr = all[v]!.r;
      const touch =
        vr.at >= hr.from - SNAP && vr.at <= hr.to + SNAP && hr.at >= vr.from - SNAP && hr.at <= vr.to + SNAP;
      if (touch) parent[find(h)] = find(v);
    }
  const groups = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  all.forEach((s, i) => {
    const root = find(i);
    const group = groups.get(root) ?? { horizontal: [], vertical: [] };
    (s.h ? group.horizontal : group.vertical).push(s.r);
    groups.set(root, group);
  });
  return [...groups.values()]
    .flatMap((g) => splitStacked(g.horizontal, g.vertical))
    .filter((g) => g.horizontal.length >= 2 && g.vertical.length >= 2)
    .map((g) => buildGrid(g.horizontal, g.vertical))
    .filter((g): g is Grid => g !== null);
}

/**
 * Tables written one right under the other share a border and so touch. They are told apart
 * where no inner column border crosses a row border: each table then gets its own columns.
 */
function splitStacked(horizontal: Rule[], vertical: Rule[]): Array<{ horizontal: Rule[]; vertical: Rule[] }> {
  const [left, right] = outerEnds(horizontal);
  const inner = vertical.filter((r) => r.at > left! + 2 * SNAP && r.at < right! - 2 * SNAP);
  const crosses = (y: number): boolean => inner.some((r) => r.from < y - SNAP && r.to > y + SNAP);
  const cuts = edges([...horizontal.map((r) => r.at), ...outerEnds(vertical)]).filter((y) => !crosses(y));
  const bands: Array<{ horizontal: Rule[]; vertical: Rule[] }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [low, high] = [cuts[i]!, cuts[i + 1]!];
    bands.push({
      horizontal: horizontal.filter((r) => r.at >= low - SNAP && r.at <= high + SNAP),
      vertical: vertical
        .filter((r) => r.from < high - SNAP && r.to > low + SNAP)
        .map((r) => ({ at: r.at, from: Math.max(r.from, low), to: Math.min(r.to, high) })),
    });
  }
  return bands;
}

function edges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out.at(-1)! > SNAP * 2) out.push(v);
  return out;
}

function outerEnds(rules: readonly Rule[]): number[] {
  return [Math.min(...rules.map((r) => r.from)), Math.max(...rules.map((r) => r.to))];
}

function buildGrid(horizontal: Rule[], vertical: Rule[]): Grid | null {
  // A row split by a page break may lack its top or bottom border: the column borders still end there.
  const xs = edges([...vertical.map((r) => r.at), ...outerEnds(horizontal)]);
  const ys = edges([...horizontal.map((r) => r.at), ...outerEnds(vertical)]).reverse();
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  if (columns < 1 || rows < 1 || columns * rows > MAX_CELLS) return null;
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < columns; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < columns && !covers(vertical, xs[c + 1]!, midY)) union(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !covers(horizontal, ys[r + 1]!, midX))
        union(r * columns + c, (r + 1) * columns + c);
    }
  }
  return { xs, ys, horizontal, vertical, anchors: parent.map((_, i) => find(i)) };
}

/** The cell (row-major index) holding a point, or -1 outside the grid. */
export function cellAt(grid: Grid, x: number, y: number): number {
  const { xs, ys } = grid;
  if (x < xs[0]! || x > xs.at(-1)! || y > ys[0]! || y < ys.at(-1)!) return -1;
  let c = 0;
  while (c < xs.length - 2 && x > xs[c + 1]!) c++;
  let r = 0;
  while (r < ys.length - 2 && y < ys[r + 1]!) r++;
  return r * (xs.length - 1) + c;
}

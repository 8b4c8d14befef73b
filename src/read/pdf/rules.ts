/** A ruling line of the page (a table border): horizontal at y from x1 to x2, or vertical. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Rules {
  horizontal: Rule[];
  vertical: Rule[];
  /** Centres of small dots, circles and squares: list bullets that some producers draw, not write. */
  marks: Array<{ x: number; y: number }>;
}

type Matrix = [number, number, number, number, number, number];

/** What the operator list codes mean, taken from PDF.js (OPS) so they follow its version. */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paints: ReadonlySet<number>;
  /** The paints that fill without stroking. */
  fills: ReadonlySet<number>;
}

const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_QUAD = 3;
const DRAW_CLOSE = 4;
/** Tolerance (points) for calling a segment straight and for treating two rules as one. */
const SNAP = 1.5;
const MIN_LENGTH = 3;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * The straight horizontal and vertical segments a page paints (stroked lines or thin filled
 * rectangles: both are how producers draw table borders), in page space, merged where they
 * touch, and the small shapes that are drawn bullets. Clipping paths are ignored; so is
 * any segment spanning the page.
 */
export function extractRules(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  codes: OperatorCodes,
  pageWidth: number,
  pageHeight: number,
): Rules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  const marks: Rules["marks"] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const add = (x1: number, y1: number, x2: number, y2: number): void => {
    if (Math.abs(y1 - y2) < SNAP && Math.abs(x1 - x2) >= MIN_LENGTH && Math.abs(x1 - x2) < 0.98 * pageWidth)
      horizontal.push({ at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (
      Math.abs(x1 - x2) < SNAP &&
      Math.abs(y1 - y2) >= MIN_LENGTH &&
      Math.abs(y1 - y2) < 0.98 * pageHeight
    )
      vertical.push({ at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? ctm;
    else if (fn === codes.transform && Array.isArray(args) && args.length === 6)
      ctm = multiply(ctm, args as Matrix);
    else if (fn === codes.constructPath && Array.isArray(args) && codes.paints.has(args[0] as number)) {
      const data = (args[1] as ArrayLike<ArrayLike<number>> | undefined)?.[0];
      if (!data) continue;
      // A filled shape draws a border only when it is thin; a wider one is shading (a heading's fill).
      const fillOnly = codes.fills.has(args[0] as number);
      const box = walkPath(data, ctm, add, fillOnly);
      const [w, h] = [box.maxX - box.minX, box.maxY - box.minY];
      if (w >= 1.5 && w <= 8 && Math.abs(w - h) <= 1.5)
        marks.push({ x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 });
    }
  }
  return { horizontal: mergeRules(horizontal), vertical: mergeRules(vertical), marks };
}

/**
 * Walks a path, adding its straight segments (for a fill, only those of thin subpaths); gives the
 * path's bounding box in page space.
 */
function walkPath(
  data: ArrayLike<number>,
  ctm: Matrix,
  add: (x1: number, y1: number, x2: number, y2: number) => void,
  fillOnly: boolean,
): Box {
  const box = emptyBox();
  let sub = emptyBox();
  let segments: Array<[number, number, number, number]> = [];
  const flush = (): void => {
    if (!fillOnly || Math.min(sub.maxX - sub.minX, sub.maxY - sub.minY) <= THIN)
      for (const s of segments) add(...s);
    segments = [];
    sub = emptyBox();
  };
  let start: [number, number] = [0, 0];
  let point: [number, number] = [0, 0];
  const to = (x: number, y: number): [number, number] => {
    const p = apply(ctm, x, y);
    grow(box, p);
    grow(sub, p);
    return p;
  };
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === DRAW_MOVE) {
      flush();
      point = to(data[i]!, data[i + 1]!);
      start = point;
      i += 2;
    } else if (op === DRAW_LINE) {
      const next = to(data[i]!, data[i + 1]!);
      segments.push([point[0], point[1], next[0], next[1]]);
      point = next;
      i += 2;
    } else if (op === DRAW_CURVE) {
      point = to(data[i + 4]!, data[i + 5]!);
      i += 6;
    } else if (op === DRAW_QUAD) {
      point = to(data[i + 2]!, data[i + 3]!);
      i += 4;
    } else if (op === DRAW_CLOSE) {
      segments.push([point[0], point[1], start[0], start[1]]);
      point = start;
    } else break;
  }
  flush();
  return box;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Thickness (points) up to which a filled rectangle is a drawn line. */
const THIN = 2.5;

function emptyBox(): Box {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

function grow(box: Box, [x, y]: [number, number]): void {
  box.minX = Math.min(box.minX, x);
  box.maxX = Math.max(box.maxX, x);
  box.minY = Math.min(box.minY, y);
  box.maxY = Math.max(box.maxY, y);
}

/** Rules on the same line (within SNAP) that overlap or touch become one. */
function mergeRules(rules: Rule[]): Rule[] {
  rules.sort((a, b) => a.at - b.at);
  const merged: Rule[] = [];
  let group: Rule[] = [];
  const flush = (): void => {
    const at = group.reduce((sum, r) => sum + r.at, 0) / group.length;
    group.sort((a, b) => a.from - b.from);
    let current: Rule | null = null;
    for (const rule of group) {
      if (current && rule.from <= current.to + SNAP) current.to = Math.max(current.to, rule.to);
      else {
        if (current) merged.push(current);
        current = { at, from: rule.from, to: rule.to };
      }
    }
    if (current) merged.push(current);
    group = [];
  };
  for (const rule of rules) {
    if (group.length > 0 && rule.at - group[0]!.at > SNAP) flush();
    group.push(rule);
  }
  if (group.length > 0) flush();
  return merged;
}

/** Whether some rule lies at `at` (within SNAP) and covers `point`. */
export function covers(rules: readonly Rule[], at: number, point: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= SNAP && r.from - SNAP <= point && point <= r.to + SNAP);
}

export { SNAP };

/**
 * Draws the add-in icon: a white worksheet with a green header row and grid on an Excel-green
 * rounded square, crossed by a green check mark (a competency met). Pure: size in, RGBA out.
 */

/** The sizes the manifest references (ribbon 16/32/80, add-in list 32/64, store 128). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];
type Point = readonly [number, number];

const GREEN: Rgba = [16, 124, 65, 255];
const DARK_GREEN: Rgba = [9, 84, 43, 255];
const LIGHT_GREEN: Rgba = [198, 231, 210, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** A layer: does the point (x, y) in pixel units lie inside it? */
interface Layer {
  color: Rgba;
  contains(x: number, y: number): boolean;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, color: Rgba): Layer {
  return {
    color,
    contains: (x, y) => {
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
    },
  };
}

function rect(x0: number, y0: number, x1: number, y1: number, color: Rgba): Layer {
  return roundedRect(x0, y0, x1, y1, 0, color);
}

/** A polyline stroked with round joins and caps. */
function stroke(points: readonly Point[], width: number, color: Rgba): Layer {
  const half = width / 2;
  const segments = points.slice(1).map((end, i) => [points[i] ?? end, end] as const);
  return {
    color,
    contains: (x, y) =>
      segments.some(([[ax, ay], [bx, by]]) => {
        const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
        const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
        return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= half * half;
      }),
  };
}

/** The icon's layers, bottom first, in pixel units. Edges snap to whole pixels so small sizes stay sharp. */
function layers(size: number): Layer[] {
  const px = (fraction: number): number => Math.round(fraction * size);
  const line = Math.max(1, Math.round(size / 40));
  const sheet = { x0: px(0.16), y0: px(0.18), x1: px(0.84), y1: px(0.82) };
  const headerBottom = px(0.36);
  // Below 24 px two grid lines each way turn to mush; one of each still reads as a table.
  const small = size < 24;
  const columns = small ? [px(0.5)] : [px(0.39), px(0.61)];
  const rows = small ? [px(0.59)] : [px(0.5), px(0.66)];
  const grid: Layer[] = [
    ...columns.map((x) => rect(x, sheet.y0, x + line, sheet.y1, GREEN)),
    ...rows.map((y) => rect(sheet.x0, y, sheet.x1, y + line, GREEN)),
  ];
  // Small checks run at exactly 45° through pixel centres (at 16 px), which rasterises crisply.
  const checkPoints: readonly Point[] = small
    ? [
        [5.5 / 16, 9.5 / 16],
        [7.5 / 16, 11.5 / 16],
        [12.5 / 16, 6.5 / 16],
      ]
    : [
        [0.3, 0.56],
        [0.46, 0.72],
        [0.78, 0.36],
      ];
  const check = checkPoints.map(([x, y]): Point => [x * size, y * size]);
  const checkWidth = Math.max(2, 0.11 * size);
  return [
    roundedRect(0, 0, size, size, 0.2 * size, GREEN),
    rect(sheet.x0, sheet.y0, sheet.x1, sheet.y1, WHITE),
    rect(sheet.x0, sheet.y0, sheet.x1, headerBottom, LIGHT_GREEN),
    ...grid,
    stroke(check, checkWidth + Math.max(1.5, 0.08 * size), WHITE),
    stroke(check, checkWidth, DARK_GREEN),
  ];
}

/** Renders the icon at size × size pixels (RGBA, 8 bits each), antialiased by 8 × 8 supersampling. */
export function drawIcon(size: number): Uint8Array {
  const samples = 8;
  const stack = layers(size);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums keep transparent samples from darkening the edges.
      let [red, green, blue, coverage] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const top = stack.findLast((layer) =>
            layer.contains(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples),
          );
          if (!top) continue;
          const [r, g, b, a] = top.color;
          red += (r * a) / 255;
          green += (g * a) / 255;
          blue += (b * a) / 255;
          coverage += a / 255;
        }
      }
      const offset = (py * size + px) * 4;
      if (coverage > 0)
        pixels.set(
          [red, green, blue].map((v) => Math.round(v / coverage)),
          offset,
        );
      pixels[offset + 3] = Math.round((coverage / (samples * samples)) * 255);
    }
  }
  return pixels;
}

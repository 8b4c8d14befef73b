/** The short label of a unit header on a chart: "INM2521-001v2 T1.1" → "T1.1". */
export function shortLabel(header: string): string {
  return header.split(" ").at(-1) ?? header;
}

/** The point of value `value` (of `max`) on axis `index` of `count`, the first pointing up. */
export function radarPoint(
  index: number,
  count: number,
  value: number,
  max: number,
  radius: number,
  centre: number,
): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (radius * Math.max(0, value)) / max;
  return [centre + r * Math.cos(angle), centre + r * Math.sin(angle)];
}

/** An SVG points attribute; missing values sit at the centre. */
export function polygonPoints(
  values: readonly (number | null)[],
  max: number,
  radius: number,
  centre: number,
): string {
  return values
    .map((v, i) => radarPoint(i, values.length, v ?? 0, max, radius, centre))
    .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(" ");
}

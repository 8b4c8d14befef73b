import { useId } from "react";
import { polygonPoints, radarPoint, shortLabel } from "./chart-shapes";

export interface RadarSeries {
  name: string;
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
}

interface RadarChartProps {
  title: string;
  description: string;
  labels: readonly string[];
  series: readonly RadarSeries[];
  max: number;
}

const SIZE = 320;
const CENTRE = SIZE / 2;
const RADIUS = 110;

/** A radar of one or more series over the same axes, as an image with a title and a description. */
export function RadarChart({ title, description, labels, series, max }: RadarChartProps) {
  const id = useId();
  const rings = Array.from({ length: max }, (_, i) => i + 1);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${SIZE} ${SIZE + 24}`}
      width="100%"
      style={{ maxWidth: SIZE }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {rings.map((ring) => (
        <polygon
          key={ring}
          points={polygonPoints(
            labels.map(() => ring),
            max,
            RADIUS,
            CENTRE,
          )}
          fill="none"
          stroke="#D0D0D0"
        />
      ))}
      {labels.map((label, i) => {
        const [x, y] = radarPoint(i, labels.length, max, max, RADIUS, CENTRE);
        const [lx, ly] = radarPoint(i, labels.length, max * 1.18, max, RADIUS, CENTRE);
        return (
          <g key={label}>
            <line x1={CENTRE} y1={CENTRE} x2={x} y2={y} stroke="#D0D0D0" />
            <text x={lx} y={ly} fontSize="11" textAnchor="middle" dominantBaseline="middle" fill="#242424">
              {shortLabel(label)}
            </text>
          </g>
        );
      })}
      {series.map((s) => (
        <polygon
          key={s.name}
          points={polygonPoints(s.values, max, RADIUS, CENTRE)}
          fill={s.color}
          fillOpacity={0.18}
          stroke={s.color}
          strokeWidth={2}
          strokeDasharray={s.dashed ? "5 3" : undefined}
        />
      ))}
      {series.map((s, i) => (
        <g key={`legend-${s.name}`} transform={`translate(${8 + i * 150}, ${SIZE + 8})`}>
          <rect width="14" height="4" y="4" fill={s.color} />
          <text x="20" y="10" fontSize="11" fill="#242424">
            {s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

import { useId } from "react";
import { shortLabel } from "./chart-shapes";

interface ColumnChartProps {
  title: string;
  description: string;
  labels: readonly string[];
  values: readonly number[];
  color: string;
}

const HEIGHT = 180;
const TOP = 16;
const BOTTOM = 40;
const BAR = 28;
const GAP = 12;

/** One column per label, its value above it; an image with a title and a description. */
export function ColumnChart({ title, description, labels, values, color }: ColumnChartProps) {
  const id = useId();
  const max = Math.max(1, ...values);
  const width = GAP + labels.length * (BAR + GAP);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: Math.max(width, 240) }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={0} y1={HEIGHT - BOTTOM} x2={width} y2={HEIGHT - BOTTOM} stroke="#8A8A8A" />
      {labels.map((label, i) => {
        const value = values[i] ?? 0;
        const h = (plot * value) / max;
        const x = GAP + i * (BAR + GAP);
        return (
          <g key={label}>
            <rect x={x} y={HEIGHT - BOTTOM - h} width={BAR} height={h} fill={color} />
            <text
              x={x + BAR / 2}
              y={HEIGHT - BOTTOM - h - 4}
              fontSize="11"
              textAnchor="middle"
              fill="#242424"
            >
              {value}
            </text>
            <text
              x={x + BAR / 2}
              y={HEIGHT - BOTTOM + 14}
              fontSize="10"
              textAnchor="end"
              transform={`rotate(-35 ${x + BAR / 2} ${HEIGHT - BOTTOM + 14})`}
              fill="#242424"
            >
              {shortLabel(label)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

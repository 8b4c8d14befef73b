import type { GriffelStyle } from "@fluentui/react-components";

/** A vertical stack with `gap` between its children. */
export function column(gap: string): GriffelStyle {
  return { display: "flex", flexDirection: "column", gap };
}

/** A list without bullets or indentation, its items stacked with `gap` between them. */
export function plainList(gap: string): GriffelStyle {
  return { listStyleType: "none", margin: 0, padding: 0, ...column(gap) };
}

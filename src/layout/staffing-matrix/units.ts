import type { Standard } from "../../model";

/** What the matrix rates: the tasks, or the knowledge and skill items, of the chosen standards. */
export type UnitKind = "tasks" | "ks";

export interface RatingScale {
  min: number;
  max: number;
}

/** 職能級別 runs 1–6 (0 = cannot yet); K/S proficiency 0–4. */
export const DEFAULT_SCALES: Record<UnitKind, RatingScale> = {
  tasks: { min: 0, max: 6 },
  ks: { min: 0, max: 4 },
};

export interface MatrixUnit {
  standard: Standard;
  code: string;
  name: string;
  /** The level the standard asks for, on the matrix's scale. */
  level: number;
}

/** The highest 職能級別 of the blocks of `standard` that a unit belongs to. */
function highest(levels: readonly (number | null)[]): number | null {
  const known = levels.filter((l): l is number => l !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/**
 * The units of each standard, in document order. A task's level is its highest block level. A K
 * or S item has no level of its own: it takes the highest level of the blocks that list it,
 * mapped from 職能級別's 1–6 onto the K/S scale (level 4 on 0–4 → 3), at least 1.
 */
export function matrixUnits(
  standards: readonly Standard[],
  kind: UnitKind,
  scale: RatingScale,
): MatrixUnit[] {
  const clamp = (level: number) => Math.min(scale.max, Math.max(Math.min(scale.min + 1, scale.max), level));
  return standards.flatMap((standard) => {
    if (kind === "tasks") {
      return standard.duties.flatMap((duty) =>
        duty.tasks.map((task) => ({
          standard,
          code: task.code,
          name: task.name,
          level: clamp(highest(task.blocks.map((b) => b.level)) ?? scale.max),
        })),
      );
    }
    const blocks = standard.duties.flatMap((d) => d.tasks.flatMap((t) => t.blocks));
    return [...standard.knowledge, ...standard.skills].map((item) => {
      const level = highest(
        blocks
          .filter((b) => b.knowledge.includes(item.code) || b.skills.includes(item.code))
          .map((b) => b.level),
      );
      return {
        standard,
        code: item.code,
        name: item.name,
        level: clamp(Math.round(((level ?? 6) * scale.max) / 6)),
      };
    });
  });
}

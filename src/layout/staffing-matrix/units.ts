import { StandardIndex } from "../../catalog";
import type { Standard } from "../../model";

/** What the matrix rates: the tasks, or the knowledge and skill items, of the chosen standards. */
export type UnitKind = "tasks" | "ks";

/** The most people one matrix takes: a department, not a country. */
export const MAX_PEOPLE = 5_000;

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
    const index = new StandardIndex(standard);
    if (kind === "tasks") {
      return index.tasks().map(({ task }) => ({
        standard,
        code: task.code,
        name: task.name,
        level: clamp(index.levelOf(task.code) ?? scale.max),
      }));
    }
    return [...standard.knowledge, ...standard.skills].map((item) => ({
      standard,
      code: item.code,
      name: item.name,
      level: clamp(Math.round(((index.levelOf(item.code) ?? 6) * scale.max) / 6)),
    }));
  });
}

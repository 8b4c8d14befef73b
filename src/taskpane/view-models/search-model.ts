import type { Catalog, CatalogEntry, HitKind, SearchHit } from "../../catalog";

/** The kinds a user can search in; each stands for the hit kinds it covers. */
export type KindFilter = "task" | "knowledge" | "skill" | "attitude";

export const KIND_FILTERS: readonly KindFilter[] = ["task", "knowledge", "skill", "attitude"];

const HIT_KINDS: Record<KindFilter, HitKind[]> = {
  // A task's outputs and indicators are part of the task.
  task: ["T", "O", "P"],
  knowledge: ["K"],
  skill: ["S"],
  attitude: ["A"],
};

/** Levels offered by the level filter. */
export const LEVELS: readonly number[] = [1, 2, 3, 4, 5, 6];

export interface BrowseFilters {
  query: string;
  level: number | null;
  /** Empty: search everything, header and notes included. */
  kinds: ReadonlySet<KindFilter>;
}

export interface StandardHits {
  entry: CatalogEntry;
  hits: SearchHit[];
}

export function hitKindsFor(kinds: ReadonlySet<KindFilter>): Set<HitKind> {
  if (kinds.size === 0) return new Set(["T", "O", "P", "K", "S", "A", "N"]);
  return new Set([...kinds].flatMap((kind) => HIT_KINDS[kind]));
}

/** The standards that speak of `level` (all of them when no level is chosen). */
export function standardsAtLevel(entries: readonly CatalogEntry[], level: number | null): CatalogEntry[] {
  return level === null ? [...entries] : entries.filter((entry) => entry.index.levels().has(level));
}

/**
 * Search hits in the `loaded` standards, grouped by standard, in catalog order: codes first, then
 * texts. With a level, a hit must belong to that level; hits that belong to no level (attitudes,
 * notes) stay when their standard has it.
 */
export function searchByStandard(
  catalog: Catalog,
  loaded: readonly CatalogEntry[],
  filters: BrowseFilters,
): StandardHits[] {
  const query = filters.query.trim();
  if (query === "") return [];
  const { level } = filters;
  const entries = standardsAtLevel(loaded, level);
  const kinds = hitKindsFor(filters.kinds);
  const hits = catalog.search(query, { standards: entries, kinds });
  return entries
    .map((entry) => ({
      entry,
      hits: hits.filter(
        (hit) =>
          hit.standard === entry.standard.code &&
          (level === null || hit.levels.length === 0 || hit.levels.includes(level)),
      ),
    }))
    .filter((group) => group.hits.length > 0);
}

export interface ShownHits extends StandardHits {
  /** Hits of this standard before the cut. */
  total: number;
}

/** The groups with at most `max` hits in all, the first ones kept. */
export function limitHits(groups: readonly StandardHits[], max: number): ShownHits[] {
  const shown: ShownHits[] = [];
  let left = max;
  for (const group of groups) {
    const hits = group.hits.slice(0, Math.max(left, 0));
    left -= hits.length;
    if (hits.length > 0) shown.push({ ...group, hits, total: group.hits.length });
  }
  return shown;
}

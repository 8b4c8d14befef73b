import { StandardIndex, type CatalogEntry } from "../../catalog";
import type { Standard } from "../../model";

/** The loaded versions of one standard code, newest first. */
export interface VersionGroup {
  /** "IIS3512-001": what a formula names to get the newest. */
  base: string;
  entries: CatalogEntry[];
}

function byNewest(a: CatalogEntry, b: CatalogEntry): number {
  return (b.index.version ?? 0) - (a.index.version ?? 0);
}

/** The entries grouped by code without version, each group where its first entry stands in `entries`. */
export function versionGroups(entries: readonly CatalogEntry[]): VersionGroup[] {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of entries) groups.set(entry.index.base, [...(groups.get(entry.index.base) ?? []), entry]);
  return [...groups].map(([base, group]) => ({ base, entries: group.sort(byNewest) }));
}

/** Every review must happen within three years (iCAP's rule); an update older than that is overdue. */
const REVIEW_YEARS = 3;

/** The latest date the standard's version table gives, or null when it gives none. */
export function latestUpdate(standard: Standard): string | null {
  const dates = standard.versions.map((v) => v.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.length > 0 ? dates.sort().at(-1)! : null;
}

/** True when `date` (ISO) lies more than three years before `today` (ISO). */
export function overdue(date: string, today: string): boolean {
  const year = Number(date.slice(0, 4)) + REVIEW_YEARS;
  return `${year}${date.slice(4)}` < today;
}

/** Where one loaded version stands among the others of its code, and whether it is out of date. */
export interface VersionStatus {
  /** The newest loaded version of its code, when there are several. */
  newest: boolean;
  /** A newer version of its code is loaded: the entry it is superseded by, else null. */
  supersededBy: CatalogEntry | null;
  /** The latest update when it is more than three years old, else null. */
  overdueSince: string | null;
  /** A copy carried by the workbook while a newer version of the code is loaded. */
  olderWorkbookCopy: boolean;
}

export function versionStatus(entry: CatalogEntry, group: VersionGroup, today: string): VersionStatus {
  const newestEntry = group.entries[0]!;
  const newer = newestEntry !== entry && byNewest(newestEntry, entry) < 0 ? newestEntry : null;
  const updated = latestUpdate(entry.standard);
  return {
    newest: group.entries.length > 1 && newer === null,
    supersededBy: newer,
    overdueSince: updated !== null && overdue(updated, today) ? updated : null,
    olderWorkbookCopy: entry.source === "workbook" && newer !== null,
  };
}

/**
 * What importing `standard` changes for formulas that name its code without a version: the
 * entry they resolve to now and the standard they will resolve to after the import (null when
 * nothing switches: no other version is loaded, or a newer one is).
 */
export interface ReferenceSwitch {
  base: string;
  from: CatalogEntry;
  to: Standard;
}

export function referenceSwitch(
  standard: Standard,
  entries: readonly CatalogEntry[],
): ReferenceSwitch | null {
  const incoming = new StandardIndex(standard);
  const others = entries.filter((e) => e.index.base === incoming.base && e.standard.code !== standard.code);
  const current = others.sort(byNewest)[0];
  if (!current || (incoming.version ?? 0) <= (current.index.version ?? 0)) return null;
  return { base: incoming.base, from: current, to: standard };
}

/** The loaded version an imported standard is best compared with: the newest other version of its code. */
export function previousVersion(standard: Standard, entries: readonly CatalogEntry[]): CatalogEntry | null {
  const incoming = new StandardIndex(standard);
  return (
    entries
      .filter((e) => e.index.base === incoming.base && e.standard.code !== standard.code)
      .sort(byNewest)[0] ?? null
  );
}

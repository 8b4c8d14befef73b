import type { CatalogEntry } from "../catalog";
import { parseStandardCode, type Standard } from "../model";

/** "V2": the version row naming this code, else the code's own version, else "". */
export function versionOf(standard: Standard): string {
  const row = standard.versions.find((v) => v.code === standard.code);
  if (row?.version) return row.version;
  const version = parseStandardCode(standard.code)?.version;
  return version === null || version === undefined ? "" : `V${version}`;
}

/** The ISO date of this version ("2024-12-15"), or "" when the document gives none. */
export function dateOf(standard: Standard): string {
  return standard.versions.find((v) => v.code === standard.code)?.date ?? "";
}

/** Every level the standard speaks of: its benchmark level and the levels of its tasks. */
export function levelsOfEntry(entry: CatalogEntry): Set<number> {
  const levels = new Set(entry.index.tasks().flatMap(({ task }) => entry.index.levelsOf(task)));
  if (entry.standard.level !== null) levels.add(entry.standard.level);
  return levels;
}

export function taskCount(standard: Standard): number {
  return standard.duties.reduce((sum, duty) => sum + duty.tasks.length, 0);
}

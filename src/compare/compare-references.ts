import type { Catalog, CatalogEntry } from "../catalog";
import { ok, type Result } from "../model";
import { compareStandards, type Comparison } from "./compare-standards";

export interface ComparedStandards extends Comparison {
  older: CatalogEntry;
  newer: CatalogEntry;
}

/**
 * Two references ("INM2521-001v1", "INM2521-001v2", or names) resolved in the catalog and
 * compared; an unknown one is the catalog's error. Comparisons are kept per pair of entries:
 * entries are replaced, never changed, when the catalog changes.
 */
export function compareReferences(catalog: Catalog, older: string, newer: string): Result<ComparedStandards> {
  const oldEntry = catalog.resolve(older);
  if (!oldEntry.ok) return oldEntry;
  const newEntry = catalog.resolve(newer);
  if (!newEntry.ok) return newEntry;
  return ok(compareEntries(oldEntry.value, newEntry.value));
}

const comparisons = new WeakMap<CatalogEntry, WeakMap<CatalogEntry, ComparedStandards>>();

export function compareEntries(older: CatalogEntry, newer: CatalogEntry): ComparedStandards {
  let byNewer = comparisons.get(older);
  if (!byNewer) comparisons.set(older, (byNewer = new WeakMap()));
  let compared = byNewer.get(newer);
  if (!compared) {
    compared = { older, newer, ...compareStandards(older.index, newer.index) };
    byNewer.set(newer, compared);
  }
  return compared;
}

import { foldText, type Catalog, type CatalogEntry, type HitKind, type SearchHit } from "../catalog";
import { parseCode } from "../model";

/** Shorter parts of a standard code ("IN", "1") would match nearly every standard. */
const MIN_STANDARD_CODE_QUERY = 3;

/**
 * The catalog searches texts; people also type codes. An item code in any form ("k08", "Ｔ2.2")
 * gives that item's hit in each standard that has it, with the catalog's own context (tasks,
 * levels); part of a standard code ("INM2521") gives a hit on the standard's code.
 */
export function codeHits(
  catalog: Catalog,
  entries: readonly CatalogEntry[],
  query: string,
  kinds: ReadonlySet<HitKind>,
): SearchHit[] {
  const hits: SearchHit[] = [];
  const item = parseCode(query);
  if (item) {
    const having = entries.filter((entry) => entry.index.lookup(item.code));
    if (having.length > 0) {
      // An empty query matches every text: keep the entries of this one code.
      hits.push(...catalog.search("", { standards: having, kinds }).filter((hit) => hit.code === item.code));
    }
  }
  const folded = foldText(query);
  if (kinds.has("N") && folded.length >= MIN_STANDARD_CODE_QUERY) {
    for (const { standard } of entries) {
      if (foldText(standard.code).includes(folded)) {
        hits.push({
          standard: standard.code,
          kind: "N",
          code: "code",
          text: standard.code,
          tasks: [],
          levels: [],
        });
      }
    }
  }
  return hits;
}

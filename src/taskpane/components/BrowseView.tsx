import { makeStyles, tokens } from "@fluentui/react-components";
import { column } from "./style-blocks";
import { useDeferredValue, useMemo } from "react";
import type { Catalog, CatalogEntry } from "../../catalog";
import { searchByStandard, standardsAtLevel, type BrowseFilters } from "../view-models/search-model";
import { SearchFilters } from "./SearchFilters";
import { SearchResults } from "./SearchResults";
import { StandardList } from "./StandardList";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalL),
});

interface BrowseViewProps {
  catalog: Catalog;
  /** The catalog's entries as last read; a new array when the catalog changed. */
  entries: readonly CatalogEntry[];
  defaultCode: string | null;
  filters: BrowseFilters;
  onFiltersChange(filters: BrowseFilters): void;
  onOpen(code: string, target: string | null): void;
  onCompare(older: string, newer: string): void;
}

/** Search and filters over every loaded standard; the list of standards when nothing is searched. */
export function BrowseView({
  catalog,
  entries,
  defaultCode,
  filters,
  onFiltersChange,
  onOpen,
  onCompare,
}: BrowseViewProps) {
  const styles = useStyles();
  // Typing stays responsive: results follow the deferred value.
  const deferred = useDeferredValue(filters);
  const query = deferred.query.trim();
  const results = useMemo(
    () => (query === "" ? [] : searchByStandard(catalog, entries, deferred)),
    [catalog, entries, deferred, query],
  );
  const listed = useMemo(() => standardsAtLevel(entries, deferred.level), [entries, deferred.level]);
  return (
    <div className={styles.root}>
      <SearchFilters filters={filters} onChange={onFiltersChange} />
      {query === "" ? (
        <StandardList
          entries={listed}
          defaultCode={defaultCode}
          level={deferred.level}
          today={new Date().toISOString().slice(0, 10)}
          onOpen={(code) => onOpen(code, null)}
          onCompare={onCompare}
        />
      ) : (
        <SearchResults
          query={query}
          groups={results}
          filtered={deferred.level !== null || deferred.kinds.size > 0}
          onOpen={onOpen}
        />
      )}
    </div>
  );
}

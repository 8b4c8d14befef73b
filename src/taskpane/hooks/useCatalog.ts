import { useCallback, useState } from "react";
import type { CatalogEntry } from "../../catalog";
import type { WorkbookSession } from "../../catalog/session";

export interface CatalogSnapshot {
  entries: CatalogEntry[];
  /** The code of the workbook's default standard, when it names a loaded one. */
  defaultCode: string | null;
}

export interface CatalogState extends CatalogSnapshot {
  /** Reads the session again after an action changed it (import, removal, default). */
  refresh(): void;
}

function snapshot(session: WorkbookSession): CatalogSnapshot {
  const resolved = session.defaultStandard === null ? null : session.catalog.resolve(session.defaultStandard);
  return {
    entries: session.catalog.entries(),
    defaultCode: resolved?.ok ? resolved.value.standard.code : null,
  };
}

/** The session's catalog as React state: the session is plain data, changed by actions. */
export function useCatalog(session: WorkbookSession): CatalogState {
  const [state, setState] = useState(() => snapshot(session));
  const refresh = useCallback(() => setState(snapshot(session)), [session]);
  return { ...state, refresh };
}

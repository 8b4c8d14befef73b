import { useSyncExternalStore } from "react";
import type { SessionSnapshot, WorkbookSession } from "../../excel/workbook-session";

/** The session as the pane renders it: re-rendered whenever the catalog, default or warnings change. */
export function useSession(session: WorkbookSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

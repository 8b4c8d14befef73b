import type { Locale, Standard } from "../model";
import { Catalog } from "./catalog";

/**
 * The state one open workbook shares between its custom functions and its task pane: the
 * catalog (bundled standards plus the workbook's own), the workbook's default standard and the
 * display language. Kept on globalThis so the functions and task pane bundles of the shared
 * runtime see one session even if each carries its own copy of this module.
 */
export interface WorkbookSession {
  catalog: Catalog;
  /** The standards shipped with the add-in, to restore one when the workbook's copy is removed. */
  bundled: readonly Standard[];
  defaultStandard: string | null;
  locale: Locale;
  /** Problems met while loading the workbook's standards, for the task pane to show. */
  warnings: string[];
  /** Settles when the workbook's standards and settings are loaded; functions wait for it. */
  ready: Promise<void>;
  markReady(): void;
}

const KEY = Symbol.for("competency-standards-for-excel.session");

export function workbookSession(bundled: readonly Standard[] = []): WorkbookSession {
  const holder = globalThis as { [KEY]?: WorkbookSession };
  if (!holder[KEY]) {
    const catalog = new Catalog();
    for (const standard of bundled) catalog.add(standard, "bundled");
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    holder[KEY] = { catalog, bundled, defaultStandard: null, locale: "zh", warnings: [], ready, markReady };
  }
  return holder[KEY];
}

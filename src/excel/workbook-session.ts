import { Catalog, type CatalogEntry } from "../catalog";
import type { Locale, LocalizedText, Standard } from "../model";
import type { WorkbookLoad } from "./load-workbook";

/** What the task pane shows of a session; the same object until something changes. */
export interface SessionSnapshot {
  entries: readonly CatalogEntry[];
  /** The workbook's default standard reference, as stored. */
  defaultStandard: string | null;
  /** The code of the loaded standard the default names, or null. */
  defaultCode: string | null;
  /** Problems met while reading the workbook, in both languages until shown. */
  warnings: readonly LocalizedText[];
}

/**
 * The state one open workbook shares between its custom functions and its task pane: the catalog
 * (bundled standards plus the workbook's own), the workbook's default standard, the display
 * language and the warnings of reading the workbook. It is a FunctionContext as it stands, and
 * subscribers hear of every change (to the catalog or to the rest).
 */
export class WorkbookSession {
  readonly catalog = new Catalog();
  locale: Locale;
  /** The workbook read, once started: the functions and the pane share it. */
  load: WorkbookLoad | null = null;
  private defaultReference: string | null = null;
  private warningList: readonly LocalizedText[] = [];
  private readonly listeners = new Set<() => void>();
  private current: SessionSnapshot | null = null;

  constructor(bundled: readonly Standard[], locale: Locale = "zh") {
    this.locale = locale;
    this.catalog.replaceSource("bundled", bundled);
    this.catalog.subscribe(() => this.changed());
  }

  get defaultStandard(): string | null {
    return this.defaultReference;
  }

  get warnings(): readonly LocalizedText[] {
    return this.warningList;
  }

  setDefaultStandard(reference: string | null): void {
    this.defaultReference = reference;
    this.changed();
  }

  addWarnings(warnings: readonly LocalizedText[]): void {
    if (warnings.length === 0) return;
    this.warningList = [...this.warningList, ...warnings];
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): SessionSnapshot => {
    if (!this.current) {
      const resolved = this.defaultReference === null ? null : this.catalog.resolve(this.defaultReference);
      this.current = {
        entries: this.catalog.entries(),
        defaultStandard: this.defaultReference,
        defaultCode: resolved?.ok ? resolved.value.standard.code : null,
        warnings: this.warningList,
      };
    }
    return this.current;
  };

  private changed(): void {
    this.current = null;
    for (const listener of [...this.listeners]) listener();
  }
}

export function createWorkbookSession(bundled: readonly Standard[], locale: Locale = "zh"): WorkbookSession {
  return new WorkbookSession(bundled, locale);
}

const SHARED = Symbol.for("competency-standards-for-excel.session");

/**
 * The session of the shared runtime's page. The functions and task-pane bundles each carry their
 * own copy of this module, so the one session lives on globalThis: whichever bundle runs first
 * creates it, with the bundled standards both carry.
 */
export function sharedWorkbookSession(bundled: readonly Standard[]): WorkbookSession {
  const holder = globalThis as { [SHARED]?: WorkbookSession };
  holder[SHARED] ??= createWorkbookSession(bundled);
  return holder[SHARED];
}

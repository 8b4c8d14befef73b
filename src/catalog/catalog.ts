import {
  ambiguous,
  invalidArgument,
  notFound,
  ok,
  parseStandardCode,
  type Result,
  type Standard,
} from "../model";
import { foldText } from "./normalize";
import { matchEntries, searchEntries, type HitKind, type SearchHit } from "./search";
import { StandardIndex } from "./standard-index";

/** Where a loaded standard came from. A later source wins over an earlier one for the same code. */
export type StandardSource = "bundled" | "imported" | "workbook";
const SOURCES_BY_PRECEDENCE: readonly StandardSource[] = ["workbook", "imported", "bundled"];

export interface CatalogEntry {
  standard: Standard;
  source: StandardSource;
  index: StandardIndex;
}

/** The longest reference or query accepted: longer ones are mistakes, not names. */
export const MAX_REFERENCE_LENGTH = 200;

export const DEFAULT_SEARCH_KINDS: ReadonlySet<HitKind> = new Set(["T", "O", "P", "K", "S", "A"]);

type SearchEntries = ReturnType<typeof searchEntries>;

/** Every source's copy of one code; the served entry is derived from them. */
interface Copies {
  bySource: Map<StandardSource, CatalogEntry>;
  served: CatalogEntry;
  search?: SearchEntries;
}

/**
 * Every loaded standard, with every source's copy of it (bundled seeds, imported documents,
 * copies carried by the workbook): each code serves the copy of the source with precedence, and
 * removing that copy reveals the one underneath. Functions, task pane and CLI all ask the
 * catalog; none of them walks the model on its own. Subscribers hear of every change.
 */
/**
 * Codes in code-unit order: the same in every locale (localeCompare follows the runtime's), and
 * free of the collator that a first localeCompare loads, 10–16 ms of a cold task pane's start.
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class Catalog {
  private readonly byCode = new Map<string, Copies>();
  private readonly listeners = new Set<() => void>();
  private sorted: CatalogEntry[] | null = null;
  private readonly resolved = new Map<string, Result<CatalogEntry>>();
  private changes = 0;

  /** Adds (or replaces) the copy of one source; true when it is the copy now served. */
  add(standard: Standard, source: StandardSource): boolean {
    const served = this.put(standard, source);
    this.changed();
    return served;
  }

  /** Removes one source's copy of a code; another source's copy, if any, is served again. */
  remove(code: string, source: StandardSource): boolean {
    const removed = this.drop(code, source);
    if (removed) this.changed();
    return removed;
  }

  /** Replaces every copy of one source at once (e.g. the workbook's, when it is read again). */
  replaceSource(source: StandardSource, standards: readonly Standard[]): void {
    for (const code of [...this.byCode.keys()]) this.drop(code, source);
    for (const standard of standards) this.put(standard, source);
    this.changed();
  }

  /** The sources holding a copy of this code, the served one first. */
  sourcesOf(code: string): StandardSource[] {
    const copies = this.byCode.get(code);
    return copies ? SOURCES_BY_PRECEDENCE.filter((s) => copies.bySource.has(s)) : [];
  }

  /** The copy one source holds of a code, served or not. */
  copy(code: string, source: StandardSource): CatalogEntry | undefined {
    return this.byCode.get(code)?.bySource.get(source);
  }

  /** The served entry of an exact code. */
  get(code: string): CatalogEntry | undefined {
    return this.byCode.get(code)?.served;
  }

  /** The served entries, sorted by code. The same array until the catalog changes. */
  entries(): readonly CatalogEntry[] {
    this.sorted ??= [...this.byCode.values()]
      .map((c) => c.served)
      .sort((a, b) => byCodeUnits(a.standard.code, b.standard.code));
    return this.sorted;
  }

  standards(): Standard[] {
    return this.entries().map((e) => e.standard);
  }

  get size(): number {
    return this.byCode.size;
  }

  /** Counts the changes so far: an answer computed at one revision holds until the next. */
  get revision(): number {
    return this.changes;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A reference → a standard: a code with version ("INM2521-001v2"), a code without one (the
   * newest version loaded), or an exact name. Case- and width-insensitive.
   */
  resolve(reference: string): Result<CatalogEntry> {
    let result = this.resolved.get(reference);
    if (!result) {
      result = this.resolveUncached(reference);
      if (this.resolved.size > 10_000) this.resolved.clear();
      this.resolved.set(reference, result);
    }
    return result;
  }

  /** Texts containing `query` (case- and width-insensitive) across the given standards, or all. */
  search(
    query: string,
    options: { standards?: readonly CatalogEntry[]; kinds?: ReadonlySet<HitKind> } = {},
  ): SearchHit[] {
    const kinds = options.kinds ?? DEFAULT_SEARCH_KINDS;
    return (options.standards ?? this.entries()).flatMap((entry) =>
      matchEntries(this.searchEntriesOf(entry), query, kinds),
    );
  }

  private resolveUncached(reference: string): Result<CatalogEntry> {
    const ref = reference.trim();
    if (ref === "") return invalidArgument("未指定職能基準。", "No standard given.");
    if (ref.length > MAX_REFERENCE_LENGTH)
      return invalidArgument("職能基準參照過長。", "The standard reference is too long.");
    const code = parseStandardCode(ref);
    if (code) {
      const matches = this.entries().filter((e) => e.index.base === code.base);
      const found =
        code.version === null ? newest(matches) : matches.find((e) => e.standard.code === code.code);
      if (found) return ok(found);
    } else {
      const folded = foldText(ref);
      const named = this.entries().filter(
        (e) => foldText(e.standard.name) === folded || foldText(e.standard.title) === folded,
      );
      const bases = new Set(named.map((e) => e.index.base));
      if (bases.size > 1) {
        const codes = named.map((e) => e.standard.code);
        return ambiguous(
          `「${ref}」符合多個職能基準：${codes.join("、")}`,
          `"${ref}" matches several standards: ${codes.join(", ")}`,
          codes,
        );
      }
      const found = newest(named);
      if (found) return ok(found);
    }
    const known = this.entries().map((e) => `${e.standard.code} ${e.standard.name}`);
    return notFound(
      `找不到職能基準「${ref}」。已載入：${known.join("、") || "無"}`,
      `No standard "${ref}" is loaded. Loaded: ${known.join(", ") || "none"}`,
    );
  }

  private searchEntriesOf(entry: CatalogEntry): SearchEntries {
    const copies = this.byCode.get(entry.standard.code);
    if (copies?.served !== entry) return searchEntries(entry.index);
    copies.search ??= searchEntries(entry.index);
    return copies.search;
  }

  private put(standard: Standard, source: StandardSource): boolean {
    const entry: CatalogEntry = { standard, source, index: new StandardIndex(standard) };
    const copies = this.byCode.get(standard.code);
    if (!copies) {
      this.byCode.set(standard.code, { bySource: new Map([[source, entry]]), served: entry });
      return true;
    }
    copies.bySource.set(source, entry);
    this.serve(copies);
    return copies.served === entry;
  }

  private drop(code: string, source: StandardSource): boolean {
    const copies = this.byCode.get(code);
    if (!copies?.bySource.delete(source)) return false;
    if (copies.bySource.size === 0) this.byCode.delete(code);
    else this.serve(copies);
    return true;
  }

  private serve(copies: Copies): void {
    const served = SOURCES_BY_PRECEDENCE.map((s) => copies.bySource.get(s)).find((e) => e !== undefined)!;
    if (served !== copies.served) {
      copies.served = served;
      copies.search = undefined;
    }
  }

  private changed(): void {
    this.changes++;
    this.sorted = null;
    this.resolved.clear();
    for (const listener of [...this.listeners]) listener();
  }
}

function newest(entries: readonly CatalogEntry[]): CatalogEntry | undefined {
  return [...entries].sort((a, b) => (b.index.version ?? 0) - (a.index.version ?? 0))[0];
}

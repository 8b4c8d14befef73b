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
const PRECEDENCE: Record<StandardSource, number> = { bundled: 0, imported: 1, workbook: 2 };

export interface CatalogEntry {
  standard: Standard;
  source: StandardSource;
  index: StandardIndex;
}

/** The longest reference or query accepted: longer ones are mistakes, not names. */
export const MAX_REFERENCE_LENGTH = 200;

export const DEFAULT_SEARCH_KINDS: ReadonlySet<HitKind> = new Set(["T", "O", "P", "K", "S", "A"]);

/**
 * Every loaded standard (bundled seeds, imported documents, copies carried by the workbook).
 * Functions, task pane and CLI all ask the catalog; none of them walks the model on its own.
 */
export class Catalog {
  private readonly byCode = new Map<string, CatalogEntry>();
  private readonly searchCache = new Map<string, ReturnType<typeof searchEntries>>();

  /** Adds or replaces the standard with the same code, unless the one loaded has precedence. */
  add(standard: Standard, source: StandardSource): boolean {
    const existing = this.byCode.get(standard.code);
    if (existing && PRECEDENCE[existing.source] > PRECEDENCE[source]) return false;
    this.byCode.set(standard.code, { standard, source, index: new StandardIndex(standard) });
    this.searchCache.delete(standard.code);
    return true;
  }

  remove(code: string): boolean {
    this.searchCache.delete(code);
    return this.byCode.delete(code);
  }

  /** Removes every standard of one source (e.g. the workbook's, before reloading them). */
  removeSource(source: StandardSource): void {
    for (const [code, entry] of this.byCode) if (entry.source === source) this.remove(code);
  }

  entries(): CatalogEntry[] {
    return [...this.byCode.values()].sort((a, b) => a.standard.code.localeCompare(b.standard.code));
  }

  standards(): Standard[] {
    return this.entries().map((e) => e.standard);
  }

  get size(): number {
    return this.byCode.size;
  }

  /**
   * A reference → a standard: a code with version ("INM2521-001v2"), a code without one (the
   * newest version loaded), or an exact name. Case- and width-insensitive.
   */
  resolve(reference: string): Result<CatalogEntry> {
    const ref = reference.trim();
    if (ref === "") return invalidArgument("未指定職能基準。", "No standard given.");
    if (ref.length > MAX_REFERENCE_LENGTH)
      return invalidArgument("職能基準參照過長。", "The standard reference is too long.");
    const code = parseStandardCode(ref);
    if (code) {
      const matches = this.entries().filter((e) => parseStandardCode(e.standard.code)?.base === code.base);
      const found =
        code.version === null ? newest(matches) : matches.find((e) => e.standard.code === code.code);
      if (found) return ok(found);
    } else {
      const folded = foldText(ref);
      const named = this.entries().filter(
        (e) => foldText(e.standard.name) === folded || foldText(e.standard.title) === folded,
      );
      const bases = new Set(named.map((e) => parseStandardCode(e.standard.code)?.base ?? e.standard.code));
      if (bases.size > 1) {
        const codes = named.map((e) => e.standard.code);
        return ambiguous(
          `「${ref}」符合多個職能基準:${codes.join("、")}`,
          `"${ref}" matches several standards: ${codes.join(", ")}`,
          codes,
        );
      }
      const found = newest(named);
      if (found) return ok(found);
    }
    const known = this.entries().map((e) => `${e.standard.code} ${e.standard.name}`);
    return notFound(
      `找不到職能基準「${ref}」。已載入:${known.join("、") || "無"}`,
      `No standard "${ref}" is loaded. Loaded: ${known.join(", ") || "none"}`,
    );
  }

  /** Texts containing `query` (case- and width-insensitive) across the given standards, or all. */
  search(
    query: string,
    options: { standards?: readonly CatalogEntry[]; kinds?: ReadonlySet<HitKind> } = {},
  ): SearchHit[] {
    const kinds = options.kinds ?? DEFAULT_SEARCH_KINDS;
    return (options.standards ?? this.entries()).flatMap((entry) =>
      matchEntries(this.entriesOf(entry), query, kinds),
    );
  }

  private entriesOf(entry: CatalogEntry): ReturnType<typeof searchEntries> {
    let entries = this.searchCache.get(entry.standard.code);
    if (!entries) {
      entries = searchEntries(entry.index);
      this.searchCache.set(entry.standard.code, entries);
    }
    return entries;
  }
}

function newest(entries: readonly CatalogEntry[]): CatalogEntry | undefined {
  const version = (e: CatalogEntry): number => parseStandardCode(e.standard.code)?.version ?? 0;
  return [...entries].sort((a, b) => version(b) - version(a))[0];
}

import { ambiguous, notFound, ok, type Result } from "../model";
import type { Catalog, CatalogEntry } from "./catalog";

/**
 * The standard a call is about. Given explicitly: resolve it. Omitted: the workbook's default
 * standard; without one, the only loaded standard that has `code` (or the only one loaded);
 * otherwise #N/A naming the candidates. The functions and the portable rewrite both choose so.
 */
export function chooseStandard(
  catalog: Catalog,
  defaultStandard: string | null,
  reference: string | null,
  code?: string,
): Result<CatalogEntry> {
  if (reference !== null) return catalog.resolve(reference);
  if (defaultStandard) {
    const chosen = catalog.resolve(defaultStandard);
    if (chosen.ok) return chosen;
    return notFound(
      `活頁簿的預設職能基準 ${defaultStandard} 未載入。`,
      `The workbook's default standard ${defaultStandard} is not loaded.`,
    );
  }
  const entries = catalog.entries();
  const candidates = code === undefined ? entries : entries.filter((e) => e.index.lookup(code) !== undefined);
  if (candidates.length === 1) return ok(candidates[0]!);
  const names = candidates.map((e) => `${e.standard.code} ${e.standard.name}`);
  if (candidates.length === 0) {
    return notFound(
      code === undefined ? "尚未載入任何職能基準。" : `沒有已載入的職能基準含有 ${code}。`,
      code === undefined ? "No standard is loaded." : `No loaded standard has ${code}.`,
    );
  }
  return ambiguous(
    `請指定職能基準或設定預設值：${names.join("、")}`,
    `Name the standard or set a default: ${names.join(", ")}`,
    candidates.map((e) => e.standard.code),
  );
}

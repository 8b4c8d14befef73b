import type { CatalogEntry } from "../catalog";
import { ambiguous, notFound, ok, type Result } from "../model";
import type { FunctionContext } from "./values";

/**
 * The standard a call is about. Given explicitly: resolve it. Omitted: the workbook's default
 * standard; without one, the only loaded standard that has `code` (or the only one loaded);
 * otherwise #N/A naming the candidates.
 */
export function chooseStandard(
  context: FunctionContext,
  reference: string | null,
  code?: string,
): Result<CatalogEntry> {
  if (reference !== null) return context.catalog.resolve(reference);
  if (context.defaultStandard) {
    const chosen = context.catalog.resolve(context.defaultStandard);
    if (chosen.ok) return chosen;
    return notFound(
      `活頁簿的預設職能基準 ${context.defaultStandard} 未載入。`,
      `The workbook's default standard ${context.defaultStandard} is not loaded.`,
    );
  }
  const entries = context.catalog.entries();
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

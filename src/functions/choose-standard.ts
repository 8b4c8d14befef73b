import { chooseStandard as chooseInCatalog, type CatalogEntry } from "../catalog";
import type { Result } from "../model";
import type { FunctionContext } from "./values";

/** The standard a call is about, chosen as the catalog chooses (see catalog/choose-standard). */
export function chooseStandard(
  context: FunctionContext,
  reference: string | null,
  code?: string,
): Result<CatalogEntry> {
  return chooseInCatalog(context.catalog, context.defaultStandard, reference, code);
}

import type { Catalog } from "../../catalog";
import { compareReferences } from "../../compare";
import { buildChangesSheet, type SheetPlan } from "../../layout";
import type { Result, Standard } from "../../model";
import { UsageError, type CliContext } from "../io";

/**
 * `export --diff OLD NEW`: the changes sheet of two versions, or the catalog's error for an
 * unknown one (printed by the caller, exit 2).
 */
export function changesSheetPlan(
  catalog: Catalog,
  positionals: readonly string[],
  context: CliContext,
): Result<{ plan: SheetPlan; standards: Standard[] }> {
  const [older, newer, ...extra] = positionals;
  if (older === undefined || newer === undefined || extra.length > 0)
    throw new UsageError({
      zh: "export：--diff 需要兩個職能基準，OLD 與 NEW。",
      en: "export: --diff takes exactly two standards, OLD and NEW.",
    });
  const compared = compareReferences(catalog, older, newer);
  if (!compared.ok) return compared;
  const { older: from, newer: to, changes } = compared.value;
  return {
    ok: true,
    value: {
      plan: buildChangesSheet(from.standard, to.standard, changes, { locale: context.locale }),
      standards: [from.standard, to.standard],
    },
  };
}

import type { Catalog, CatalogEntry } from "../../catalog";
import { notFound, parseStandardCode, type Locale, type Result, type Standard } from "../../model";
import type { ReadMatrix } from "./read-matrix";
import { upgradeStaffingMatrix, type MatrixUpgrade } from "./upgrade";

export interface PlannedUpgrade extends MatrixUpgrade {
  /** The version the matrix was on. */
  from: string;
}

/**
 * A read matrix moved to `target`: the version it is on is the one of its standards with the
 * target's code; it and the matrix's other standards must be loaded in the catalog.
 */
export function upgradeInCatalog(
  read: ReadMatrix,
  catalog: Catalog,
  target: CatalogEntry,
  options: { locale?: Locale; existingSheetNames?: Iterable<string> } = {},
): Result<PlannedUpgrade> {
  const codes = [...new Set(read.units.map((u) => u.standardCode))];
  const from = codes.find((c) => parseStandardCode(c)?.base === target.index.base);
  if (!from || from === target.standard.code) {
    return notFound(
      `此矩陣沒有 ${target.standard.code} 的其他版本（它使用 ${codes.join("、")}）。`,
      `This matrix uses no other version of ${target.standard.code} (it uses ${codes.join(", ")}).`,
    );
  }
  const older = catalog.get(from);
  if (!older) {
    return notFound(
      `未載入矩陣所用的 ${from}：請先匯入該版本的文件。`,
      `${from}, which the matrix uses, is not loaded: import its document first.`,
    );
  }
  const others = codes
    .filter((c) => c !== from)
    .map((c) => catalog.get(c)?.standard)
    .filter((s): s is Standard => s !== undefined);
  const upgraded = upgradeStaffingMatrix(read, {
    older: older.index,
    newer: target.index,
    others,
    ...options,
  });
  return upgraded.ok ? { ok: true, value: { ...upgraded.value, from } } : upgraded;
}

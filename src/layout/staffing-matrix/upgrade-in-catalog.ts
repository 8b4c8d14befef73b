import type { Catalog, CatalogEntry, StandardIndex } from "../../catalog";
import { notFound, ok, parseStandardCode, type Result, type Standard } from "../../model";
import type { ReadMatrix } from "./read-matrix";

/** The versions a move of a matrix to `target` goes between, and the matrix's other standards. */
export interface VersionsOfMove {
  from: string;
  older: StandardIndex;
  newer: StandardIndex;
  others: Standard[];
}

/**
 * Where a read matrix moves to reach `target`: the version it is on is the one of its standards
 * with the target's code; it and the matrix's other standards must be loaded in the catalog.
 */
export function versionsInCatalog(
  read: ReadMatrix,
  catalog: Catalog,
  target: CatalogEntry,
): Result<VersionsOfMove> {
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
  return ok({ from, older: older.index, newer: target.index, others });
}

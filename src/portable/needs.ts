import type { Catalog } from "../catalog";
import type { PortableFormula } from "./rewrite";

/** What the portable sheets must hold for the rewritten formulas of a workbook. */
export interface PortableNeeds {
  /** The standards the data sheet holds, by code. */
  standards: Set<string>;
  /** "older|newer" codes of the pairs CHANGES calls compare today. */
  changePairs: Set<string>;
  /** Some CHANGES call follows a cell: every pair of versions of one standard the data sheet holds. */
  changesFollowCells: boolean;
}

export function portableNeeds(analyses: readonly PortableFormula[], catalog: Catalog): PortableNeeds {
  const needs: PortableNeeds = { standards: new Set(), changePairs: new Set(), changesFollowCells: false };
  for (const analysis of analyses) {
    analysis.standards.forEach((code) => needs.standards.add(code));
    analysis.changePairs.forEach((pair) => needs.changePairs.add(pair));
    needs.changesFollowCells ||= analysis.changesFollowCells;
    if (analysis.everyStandard) catalog.entries().forEach((e) => needs.standards.add(e.standard.code));
  }
  return needs;
}

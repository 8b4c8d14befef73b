import type { Catalog, CatalogEntry } from "../../catalog";
import { ok, type Locale, type Result } from "../../model";
import type { SheetPlan } from "../sheet-plan";
import {
  upgradeStaffingMatrix,
  versionsInCatalog,
  type ReadMatrix,
  type UpgradeSummary,
} from "../staffing-matrix";
import type { ReadAssessment } from "./read-assessment";
import { upgradeAssessmentWorkbook } from "./upgrade-assessment";
import type { AssessmentSheetNames, RatingSource } from "./workbook";

/** The assessment that goes with a matrix, as read, and where its sheets are. */
export interface AssessmentToMove {
  read: ReadAssessment;
  rating: RatingSource;
  sheetNames: AssessmentSheetNames;
}

export interface PlannedWorkbookMove {
  /** The version the matrix was on. */
  from: string;
  /** The sheets to write in place of the old ones (by plan name): the matrix, then its assessment's. */
  plans: SheetPlan[];
  summary: UpgradeSummary;
  /** What happened to the indicators, when the assessment moved too. */
  indicators?: UpgradeSummary;
}

/**
 * A read matrix moved to `target` (see versionsInCatalog), with its assessment when there is one:
 * then all four sheets are rebuilt under their old names. The sheets keep the matrix's language
 * when its headers tell it, else take `locale`.
 */
export function upgradeWorkbookInCatalog(
  read: ReadMatrix,
  catalog: Catalog,
  target: CatalogEntry,
  options: { locale?: Locale; existingSheetNames?: Iterable<string>; assessment?: AssessmentToMove },
): Result<PlannedWorkbookMove> {
  const versions = versionsInCatalog(read, catalog, target);
  if (!versions.ok) return versions;
  const { from, ...between } = versions.value;
  const { assessment } = options;
  const locale = read.locale ?? options.locale;
  if (!assessment) {
    const moved = upgradeStaffingMatrix(read, {
      ...between,
      locale,
      existingSheetNames: options.existingSheetNames,
    });
    return moved.ok ? ok({ from, plans: [moved.value.plan], summary: moved.value.summary }) : moved;
  }
  const moved = upgradeAssessmentWorkbook(read, assessment.read, assessment.rating, {
    ...between,
    locale,
    sheetNames: assessment.sheetNames,
  });
  return moved.ok ? ok({ from, ...moved.value }) : moved;
}

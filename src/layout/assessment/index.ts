export {
  buildAssessmentWorkbook,
  type AssessmentSheetNames,
  type AssessmentWorkbookOptions,
  type RatingSource,
} from "./workbook";
export { readAssessment, type ReadAssessment, type ReadRaterMarks } from "./read-assessment";
export {
  ratingSourceOf,
  upgradeAssessmentWorkbook,
  type AssessmentUpgrade,
  type AssessmentUpgradeOptions,
} from "./upgrade-assessment";
export { ASSESSMENT_TABLE_NAME, type Mark } from "./assessment-sheet";
export { DERIVED_TABLE_NAME } from "./derived-sheet";
export { TRAINING_TABLE_NAME } from "./training-sheet";
export {
  upgradeWorkbookInCatalog,
  type AssessmentToMove,
  type PlannedWorkbookMove,
} from "./upgrade-in-catalog";

export { buildAssessmentWorkbook, type AssessmentWorkbookOptions, type RatingSource } from "./workbook";
export { assessedTasks, trainingItems, type AssessedTask, type TrainingItem } from "./indicator-columns";
export {
  assessmentGeometry,
  raterRow,
  ASSESSMENT_TABLE_NAME,
  type AssessmentGeometry,
} from "./assessment-sheet";
export { derivedGeometry, DERIVED_TABLE_NAME } from "./derived-sheet";
export { trainingGeometry, TRAINING_TABLE_NAME, type TrainingGeometry } from "./training-sheet";
export { assessmentLabel } from "./labels";

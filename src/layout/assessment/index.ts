export { buildAssessmentWorkbook, type AssessmentWorkbookOptions, type RatingSource } from "./workbook";

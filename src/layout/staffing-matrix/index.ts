export {
  buildStaffingMatrix,
  chartBlockTop,
  matrixGeometry,
  roleLabels,
  MATRIX_TABLE_NAME,
  type MatrixGeometry,
  type StaffingMatrixOptions,
} from "./sheet";
export { matrixLabel } from "./labels";
export {
  chartArea,
  chartDataFromPlan,
  chartDataFromValues,
  matrixShape,
  type MatrixChartData,
  type ReadValue,
} from "./chart-data";
export {
  matrixUnits,
  DEFAULT_SCALES,
  MAX_PEOPLE,
  type MatrixUnit,
  type RatingScale,
  type UnitKind,
} from "./units";
export { MATRIX_FILLS } from "./styles";
export {
  readStaffingMatrix,
  scaleOfChoices,
  unitKey,
  type ReadMatrix,
  type ReadPerson,
  type ReadUnit,
  type SheetValue,
} from "./read-matrix";
export {
  planMatrixMove,
  upgradeStaffingMatrix,
  withArchive,
  type PlannedMove,
  type MatrixUpgrade,
  type UpgradeOptions,
  type UpgradeSummary,
} from "./upgrade";
export { versionsInCatalog, type VersionsOfMove } from "./upgrade-in-catalog";
export { peopleCountProblem, ratingScaleProblem } from "./validation";

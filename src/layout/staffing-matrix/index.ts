export { buildStaffingMatrix, roleLabels, MATRIX_TABLE_NAME, type StaffingMatrixOptions } from "./sheet";
export {
  matrixUnits,
  DEFAULT_SCALES,
  MAX_PEOPLE,
  type MatrixUnit,
  type RatingScale,
  type UnitKind,
} from "./units";
export { MATRIX_FILLS } from "./styles";
export { peopleCountProblem, ratingScaleProblem } from "./validation";

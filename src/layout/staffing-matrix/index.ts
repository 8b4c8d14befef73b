export {
  buildStaffingMatrix,
  roleLabels,
  MATRIX_TABLE_NAME,
  MAX_PEOPLE,
  type StaffingMatrixOptions,
} from "./sheet";
export { matrixUnits, DEFAULT_SCALES, type MatrixUnit, type RatingScale, type UnitKind } from "./units";
export { MATRIX_FILLS } from "./styles";

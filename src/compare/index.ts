export {
  CHANGE_KINDS,
  changeName,
  changeRow,
  countChanges,
  type Change,
  type ChangeKind,
  type ChangeUnit,
} from "./changes";
export { compareStandards, type Comparison, type UnitMatch } from "./compare-standards";
export { matchKey, type UnitGroup } from "./units";
export { compareEntries, compareReferences, type ComparedStandards } from "./compare-references";

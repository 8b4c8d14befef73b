export {
  analyzeFormula,
  type CallValue,
  type CellSize,
  type FormulaAnalysis,
  type PortableFormula,
  type RewriteEnvironment,
} from "./rewrite";
export { portableNeeds, type PortableNeeds } from "./needs";
export { findCompetencyCalls, unreadableCallsProblem, type CompetencyCall } from "./calls";
export { competencyFunction, type CallForm } from "./function-name";
export { NATIVE_FUNCTIONS } from "./native";
export type { ArgumentValue } from "./arguments";
export type { PortableRanges } from "../model";
export { parseRecord, PORTABLE_NAMESPACE, type OriginalFormula, type PortableRecord } from "./record";
export { toFileFormula } from "./file-form";
export { parseCellReference, parseRangeSize, type CellReference } from "./reference";
export { translateFormula } from "./translate";

/**
 * Where the rewritten formulas find their data: absolute references (sheet included) into the
 * tidy data sheet and the lookup sheet, as the layout placed them. Every range of one table has
 * the same rows; `rows` ranges span the columns a function returns.
 */
export interface PortableRanges {
  data: {
    standard: string;
    taskCode: string;
    itemCode: string;
    /** Item code and name: the rows KNOWLEDGE, SKILLS, OUTPUTS and INDICATORS return. */
    items: string;
    /** Task code and name: the rows REQUIREDBY returns. */
    tasks: string;
  };
  /** The workbook's default standard reference, in a cell a person may change. */
  defaultReference: string;
  /** Every way of naming a standard (code, code without version, name) → its code. */
  references: { keys: string; codes: string };
  /** "standard|code" in every accepted spelling → the canonical code, its text and its level. */
  codes: { keys: string; codes: string; texts: string; levels: string };
  duties: { standard: string; rows: string };
  tasks: { standard: string; rows: string };
  /** One row per task and level it has a block at. */
  taskLevels: { standard: string; level: string; rows: string };
  attitudes: { standard: string; rows: string };
  search: { standard: string; code: string; folded: string; rows: string };
  standards: { rows: string };
  /** "older|newer" (standard codes) → the rows CHANGES returns for the pair, in its order. */
  changes: { keys: string; rows: string };
  /** "standard|field" → value. */
  info: { keys: string; values: string };
}

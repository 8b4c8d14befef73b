import type { CoreError, Locale } from "../model";
import type { Catalog } from "../catalog";

export type Cell = string | number;
/** What a COMPETENCY function returns: a scalar, or rows that spill. */
export type FunctionValue = Cell | Cell[][];

/** What a function call needs besides its arguments; Excel and the CLI each build one. */
export interface FunctionContext {
  catalog: Catalog;
  /** The workbook's default standard reference (from its settings), or null. */
  defaultStandard: string | null;
  locale: Locale;
}

export type ExcelErrorCode = "#N/A" | "#VALUE!";

/** How each core error shows in a cell: missing things are #N/A, bad arguments #VALUE!. */
export function excelErrorCode(error: CoreError): ExcelErrorCode {
  return error.kind === "invalidArgument" ? "#VALUE!" : "#N/A";
}

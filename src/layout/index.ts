export * from "./sheet-plan";
export * from "./a1";
export { buildStandardSheet, standardSheetName, type StandardSheetOptions } from "./standard-sheet";
export { buildDataSheet, dataRows, DATA_TABLE_NAME, type DataSheetOptions } from "./data-sheet";
export { sanitizeSheetName, uniqueSheetName, sheetNameKey, MAX_SHEET_NAME_LENGTH } from "./sheet-name";
export { sanitizeTableName, uniqueTableName } from "./table-name";
export { displayWidth, wrappedLineCount, rowHeightFor } from "./text-metrics";
export { LABELS, label } from "./labels";
export {
  buildChangesSheet,
  CHANGE_FILLS,
  CHANGES_TABLE_NAME,
  type ChangesSheetOptions,
} from "./changes-sheet";
export { paginate, type PaginationOptions, type PrintedTable } from "./pagination";

export { writeWorkbook, type WrittenWorkbook, type WrittenSheet } from "./write-workbook";
export { readWorkbookSheets, replaceSheet, type ReadSheet, type ReadValue } from "./read-workbook";

export { writeWorkbook, type WrittenWorkbook, type WrittenSheet } from "./write-workbook";

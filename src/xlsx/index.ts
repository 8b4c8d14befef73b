export { writeWorkbook, type WrittenWorkbook, type WrittenSheet } from "./write-workbook";
export { addSheets } from "./add-sheets";
export {
  readAddinSetting,
  readCustomXmlParts,
  withCustomXmlParts,
  withWebExtensionsOf,
} from "./workbook-parts";
export {
  readWorkbookSheets,
  replaceSheet,
  replaceSheets,
  type ReadSheet,
  type ReadValue,
} from "./read-workbook";

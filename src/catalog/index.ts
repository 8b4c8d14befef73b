export {
  Catalog,
  DEFAULT_SEARCH_KINDS,
  MAX_REFERENCE_LENGTH,
  type CatalogEntry,
  type StandardSource,
} from "./catalog";
export { StandardIndex, type CodeEntry, type TaskRef } from "./standard-index";
export { searchEntries, type HitKind, type SearchHit } from "./search";
export { chooseStandard } from "./choose-standard";
export { INFO_FIELDS, INFO_FIELD_NAMES } from "./info-fields";
export { loadDocument, loadDocumentBytes, type LoadedDocument } from "./load";
export { validateStandardsJson } from "./standards-json";
export { standardSchemas, standardsJsonSchema, toStandardsFile, type StandardsFile } from "./schema";
export { foldText } from "./normalize";

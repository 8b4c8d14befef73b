import type { ExcelContextPort, WorksheetCollectionPort, WorksheetPort } from "./excel-port";

/**
 * The slice of Office.js the portable actions use on top of the SheetPlan applier's: every
 * sheet's used range (formulas and values) and the workbook's custom XML parts. The real
 * context fits it (checked below); tests pass a fake that counts syncs.
 */
export interface UsedRangePort {
  isNullObject: boolean;
  address: string;
  formulas: unknown[][];
  values: unknown[][];
  load(propertyNames: string[]): unknown;
}

export interface FormulaSheetPort extends WorksheetPort {
  getUsedRangeOrNullObject(valuesOnly?: boolean): UsedRangePort;
}

export interface CustomXmlPartPort {
  getXml(): { value: string };
  delete(): void;
}

export interface FormulaSheetCollectionPort extends WorksheetCollectionPort {
  getItem(name: string): FormulaSheetPort;
}

export interface PortableWorkbookPort {
  worksheets: FormulaSheetCollectionPort;
  tables: ExcelContextPort["workbook"]["tables"];
  customXmlParts: {
    getByNamespace(namespace: string): { load(propertyNames: string): unknown; items: CustomXmlPartPort[] };
    add(xml: string): unknown;
  };
}

export interface PortableContextPort extends ExcelContextPort {
  workbook: PortableWorkbookPort;
}

/** Compile-time proof that the real context fits the port. */
export type PortableContextFits = Excel.RequestContext extends PortableContextPort ? true : never;
const portableContextFits: PortableContextFits = true;
void portableContextFits;

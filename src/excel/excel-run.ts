/** Excel.run, or a test's stand-in: every Office.js batch in src/excel goes through one of these. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

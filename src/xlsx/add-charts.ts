import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { ChartPlan } from "../layout";
import { chartXml, drawingXml } from "./chart-xml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

export interface SheetCharts {
  /** 1-based number of the worksheet part (xl/worksheets/sheetN.xml), in the workbook's order. */
  sheetNumber: number;
  sheetName: string;
  charts: readonly ChartPlan[];
}

function relationships(entries: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}">${entries.join("")}</Relationships>`;
}

/** A relationship id not yet used in `rels`. */
function freeId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n++;
  return `rId${n}`;
}

/**
 * The worksheet's <drawing> goes where SpreadsheetML's order puts it: after the cell-level parts
 * (sheet data, conditional formats, validations, page setup) and before legacyDrawing, tableParts
 * or the sheet's extLst. ExcelJS nests an extLst inside data-bar rules too, so the search starts
 * past the last of those parts.
 */
function withDrawing(sheet: string, id: string): string {
  const declared = /<worksheet[^>]*xmlns:r=/.test(sheet)
    ? sheet
    : sheet.replace("<worksheet", `<worksheet xmlns:r="${REL}"`);
  const from = Math.max(
    ...[
      "</sheetData>",
      "</conditionalFormatting>",
      "</dataValidations>",
      "<pageSetup",
      "</headerFooter>",
    ].map((tag) => declared.lastIndexOf(tag)),
  );
  const before = ["<legacyDrawing", "<picture", "<oleObjects", "<tableParts", "<extLst", "</worksheet>"]
    .map((tag) => declared.indexOf(tag, from))
    .filter((at) => at >= 0);
  const at = Math.min(...before);
  return `${declared.slice(0, at)}<drawing r:id="${id}"/>${declared.slice(at)}`;
}

/**
 * Adds native charts to an .xlsx ExcelJS wrote: a drawing per sheet with charts, one chart part
 * per chart, their relationships and content types. The cells the charts read are already there.
 */
export function addCharts(bytes: Uint8Array, sheets: readonly SheetCharts[]): Uint8Array {
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  const files: Zippable = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path] as Uint8Array);
  let types = text("[Content_Types].xml");
  let chartNumber = 0;
  withCharts.forEach((sheet, d) => {
    const drawing = `drawing${d + 1}.xml`;
    const sheetPath = `xl/worksheets/sheet${sheet.sheetNumber}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${sheet.sheetNumber}.xml.rels`;
    const rels = files[relsPath] ? text(relsPath) : relationships([]);
    const id = freeId(rels);
    files[relsPath] = strToU8(
      rels.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="${REL}/drawing" Target="../drawings/${drawing}"/></Relationships>`,
      ),
    );
    files[sheetPath] = strToU8(withDrawing(text(sheetPath), id));
    files[`xl/drawings/${drawing}`] = strToU8(drawingXml(sheet.charts));
    const chartRels = sheet.charts.map((chart, i) => {
      chartNumber++;
      files[`xl/charts/chart${chartNumber}.xml`] = strToU8(chartXml(sheet.sheetName, chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="${CHART_TYPE}"/></Types>`,
      );
      return `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${chartNumber}.xml"/>`;
    });
    files[`xl/drawings/_rels/${drawing}.rels`] = strToU8(relationships(chartRels));
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/${drawing}" ContentType="${DRAWING_TYPE}"/></Types>`,
    );
  });
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files);
}

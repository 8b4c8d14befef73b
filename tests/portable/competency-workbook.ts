import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateStandardsJson } from "../../src/catalog";
import type { Standard } from "../../src/model";
import { standardPartXml } from "../../src/cli/workbook-parts";
import { withCustomXmlParts } from "../../src/xlsx";
import { ROOT } from "../helpers/seeds";

/**
 * An analyst's workbook with COMPETENCY formulas of all 13 functions, as Excel saves them: typed
 * (`COMPETENCY.X`), saved (`_xldudf_COMPETENCY_X`) and linked after an add-in conflict
 * (`[1]!_xldudf_COMPETENCY_X`); constant and cell-reference arguments, a cross-sheet reference,
 * calls nested in COUNTA, IFERROR and INDEX, the standard omitted under a default stored as the
 * add-in's setting, and one standard the workbook carries in the add-in's custom XML part.
 */
export const CARRIED_JSON = join(ROOT, "tests", "fixtures", "produced", "long-cells", "expected.json");
export const DEFAULT_STANDARD = "INM2521-001v2";
export const SHEET = "分析";
export const INPUT_SHEET = "輸入";

export function carriedStandard(): Standard {
  return validateStandardsJson(readFileSync(CARRIED_JSON, "utf8")).standards[0]!;
}

/** Inputs the formulas refer to, in column L of the first sheet (and one on the second sheet). */
export const INPUTS = {
  L1: "T1.1",
  L2: "INM2521-001",
  L3: "k1",
  L4: 4,
  L5: "雲端",
  L6: "name",
  L7: "P2.2.5",
} as const;
export const CROSS_SHEET_INPUT = { address: "B2", value: "T2.1" };

export type Form = "typed" | "saved" | "linked";
/** An argument: a constant, or a cell whose value the CLI is given in its place. */
export type Arg = { constant: string | number } | { cell: string };
export type Wrapper = "none" | "COUNTA" | "IFERROR" | "INDEX";

export interface CallSpec {
  id: string;
  args: Arg[];
  form: Form;
  wrapper: Wrapper;
}

export const SPECS: CallSpec[] = [
  { id: "KNOWLEDGE", args: [{ cell: "L1" }], form: "typed", wrapper: "none" },
  { id: "SKILLS", args: [{ constant: "T2.2" }, { cell: "L2" }], form: "saved", wrapper: "none" },
  {
    id: "OUTPUTS",
    args: [{ cell: `'${INPUT_SHEET}'!B2` }, { constant: "INM2521-001v2" }],
    form: "linked",
    wrapper: "none",
  },
  { id: "INDICATORS", args: [{ constant: "t1.1" }], form: "typed", wrapper: "none" },
  { id: "LEVEL", args: [{ cell: "L7" }], form: "saved", wrapper: "IFERROR" },
  { id: "ATTITUDES", args: [{ cell: "L2" }], form: "saved", wrapper: "none" },
  { id: "DUTIES", args: [{ constant: "雲端資訊服務人員" }], form: "linked", wrapper: "none" },
  { id: "TASKS", args: [{ cell: "L2" }, { cell: "L4" }], form: "typed", wrapper: "none" },
  { id: "TASKS", args: [], form: "saved", wrapper: "INDEX" },
  { id: "NAME", args: [{ cell: "L3" }, { cell: "L2" }], form: "typed", wrapper: "none" },
  { id: "REQUIREDBY", args: [{ cell: "L3" }], form: "linked", wrapper: "none" },
  { id: "SEARCH", args: [{ cell: "L5" }, { cell: "L2" }], form: "typed", wrapper: "none" },
  { id: "SEARCH", args: [{ constant: "資料" }], form: "saved", wrapper: "COUNTA" },
  { id: "STANDARDS", args: [], form: "saved", wrapper: "none" },
  { id: "INFO", args: [{ cell: "L6" }, { constant: "MPM7233-002v3" }], form: "linked", wrapper: "none" },
  {
    id: "KNOWLEDGE",
    args: [{ constant: "T1.1" }, { constant: "MPM7233-002" }],
    form: "typed",
    wrapper: "COUNTA",
  },
];

const NAME_OF: Record<Form, (id: string) => string> = {
  typed: (id) => `COMPETENCY.${id}`,
  saved: (id) => `_xldudf_COMPETENCY_${id}`,
  linked: (id) => `[1]!_xldudf_COMPETENCY_${id}`,
};

function argText(arg: Arg): string {
  if ("cell" in arg) return arg.cell;
  return typeof arg.constant === "number" ? String(arg.constant) : `"${arg.constant}"`;
}

export function formulaOf(spec: CallSpec): string {
  const call = `${NAME_OF[spec.form](spec.id)}(${spec.args.map(argText).join(",")})`;
  switch (spec.wrapper) {
    case "none":
      return call;
    case "COUNTA":
      return `COUNTA(${call})`;
    case "IFERROR":
      return `IFERROR(${call},0)`;
    case "INDEX":
      return `INDEX(${call},2,2)`;
  }
}

/** Where each call stands: column A, one below the other with `rows[i]` rows for each. */
export function callRows(rows: readonly number[]): number[] {
  const at: number[] = [];
  let row = 1;
  for (const n of rows) {
    at.push(row);
    row += n + 1;
  }
  return at;
}

const WEB_EXTENSION = (name: string, value: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5C8D7A1E-2B3F-4C5D-9E8F-0A1B2C3D4E5F}"><we:reference id="wa000000000" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="${name}" value="${value.split('"').join("&quot;")}"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`;

/** The workbook: the calls at `rows`, the inputs, the default as the add-in's setting, the carried standard. */
export async function competencyWorkbook(rows: readonly number[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  const input = workbook.addWorksheet(INPUT_SHEET);
  for (const [address, value] of Object.entries(INPUTS)) sheet.getCell(address).value = value;
  input.getCell(CROSS_SHEET_INPUT.address).value = CROSS_SHEET_INPUT.value;
  callRows(rows).forEach((row, i) => {
    sheet.getCell(row, 1).value = { formula: formulaOf(SPECS[i]!) };
  });
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const files = unzipSync(withCustomXmlParts(bytes, [standardPartXml(carriedStandard())], []));
  files["xl/webextensions/webextension1.xml"] = strToU8(
    WEB_EXTENSION("competency.defaultStandard", JSON.stringify(DEFAULT_STANDARD)),
  );
  files["[Content_Types].xml"] = strToU8(
    strFromU8(files["[Content_Types].xml"]!).replace(
      "</Types>",
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    ),
  );
  return zipSync(files);
}

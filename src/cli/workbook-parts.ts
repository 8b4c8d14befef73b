import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { toStandardsFile, validateStandardsJson, type Catalog } from "../catalog";
import { pick, type Standard } from "../model";
import { parseRecord, PORTABLE_NAMESPACE, type PortableRecord } from "../portable";
import { readAddinSetting, readCustomXmlParts } from "../xlsx";
import type { CliContext } from "./io";

/** The add-in's own names for what it keeps in a workbook (src/excel/embedded-standards, default-standard). */
export const STANDARDS_NAMESPACE = "urn:competency-standards-for-excel:standards:v1";
export const DEFAULT_STANDARD_SETTING = "competency.defaultStandard";
const MAX_PART_CHARS = 4 * 1024 * 1024;

/** One custom XML part: its root element in `namespace`, holding `text`; the add-in writes the same. */
export function partXml(namespace: string, root: string, text: string): string {
  const document = new DOMParser().parseFromString(`<${root} xmlns="${namespace}"/>`, "text/xml");
  document.documentElement!.textContent = text;
  return `<?xml version="1.0" encoding="UTF-8"?>${new XMLSerializer().serializeToString(document)}`;
}

export function standardPartXml(standard: Standard): string {
  return partXml(STANDARDS_NAMESPACE, "standards", JSON.stringify(toStandardsFile([standard])));
}

function partText(xml: string): string {
  return new DOMParser().parseFromString(xml, "text/xml").documentElement?.textContent ?? "";
}

export interface WorkbookParts {
  standards: Standard[];
  defaultStandard: string | null;
  record: PortableRecord | null;
}

/**
 * What the add-in keeps in an .xlsx: the standards it carries, its default standard and the
 * record of an earlier portable rewrite. A damaged standards part is reported and ignored.
 */
export function readWorkbookParts(file: string, bytes: Uint8Array, context: CliContext): WorkbookParts {
  const standards: Standard[] = [];
  for (const xml of readCustomXmlParts(bytes, STANDARDS_NAMESPACE)) {
    const read = xml.length > MAX_PART_CHARS ? null : validateStandardsJson(partText(xml));
    if (read && read.diagnostics.length === 0) standards.push(...read.standards);
    else context.stderr.write(`${file}: ${pick(ignored(read?.diagnostics[0]?.message), context.locale)}\n`);
  }
  const records = readCustomXmlParts(bytes, PORTABLE_NAMESPACE).map((xml) => parseRecord(partText(xml)));
  return {
    standards,
    defaultStandard: readAddinSetting(bytes, DEFAULT_STANDARD_SETTING),
    record: records.find((r) => r !== null) ?? null,
  };
}

function ignored(reason: { zh: string; en: string } | undefined): { zh: string; en: string } {
  return {
    zh: `略過活頁簿中的職能基準：${reason?.zh ?? "資料過大或格式不符。"}`,
    en: `Ignored a standard stored in the workbook: ${reason?.en ?? "it is too large or not in the expected format."}`,
  };
}

/** The standards a workbook carries, served as the workbook's copies; a standard given with --load wins over its copy. */
export function addCarriedStandards(catalog: Catalog, standards: readonly Standard[]): void {
  for (const standard of standards)
    if (!catalog.sourcesOf(standard.code).includes("imported")) catalog.add(standard, "workbook");
}

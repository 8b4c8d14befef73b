import { toStandardsFile, validateStandardsJson } from "../catalog";
import type { LocalizedText, Standard } from "../model";

/**
 * Standards imported by a user are stored inside the workbook, one custom XML part each, so the
 * file carries what its formulas need. The part holds the standards JSON (validated on load).
 */
export const STANDARDS_NAMESPACE = "urn:competency-standards-for-excel:standards:v1";
/** A part larger than this is ignored: no real standard comes near it. */
export const MAX_PART_CHARS = 4 * 1024 * 1024;

/** The part of one standard, written and read with the web view's own XML parser and serializer. */
export function standardToXml(standard: Standard): string {
  const document = new DOMParser().parseFromString(`<standards xmlns="${STANDARDS_NAMESPACE}"/>`, "text/xml");
  document.documentElement.textContent = JSON.stringify(toStandardsFile([standard]));
  return `<?xml version="1.0" encoding="UTF-8"?>${new XMLSerializer().serializeToString(document)}`;
}

/** The JSON text of one of our parts, or null when the XML is not one. */
function partJson(xml: string): string | null {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const root = document.documentElement;
  if (document.getElementsByTagName("parsererror").length > 0) return null;
  if (root.localName !== "standards" || root.namespaceURI !== STANDARDS_NAMESPACE) return null;
  return root.textContent ?? "";
}

/** The standards of one part, or a warning why it was ignored. */
export function standardsFromXml(xml: string): { standards: Standard[]; warning: LocalizedText | null } {
  const ignored = (zh: string, en: string) => ({
    standards: [],
    warning: { zh: `略過活頁簿中的職能基準：${zh}`, en: `Ignored a standard stored in the workbook: ${en}` },
  });
  if (xml.length > MAX_PART_CHARS) return ignored("資料過大。", "it is too large.");
  const json = partJson(xml);
  if (json === null) return ignored("格式不符。", "it is not in the expected format.");
  const { standards, diagnostics } = validateStandardsJson(json);
  if (diagnostics.length > 0) return ignored(diagnostics[0]!.message.zh, diagnostics[0]!.message.en);
  return { standards, warning: null };
}

/** Queues the load of our parts and, after the caller's sync, of their XML (second sync). */
export function queueEmbeddedPartsRead(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(STANDARDS_NAMESPACE);
  // eslint-disable-next-line office-addins/no-navigational-load -- the parts themselves are what is read
  parts.load("items");
  return parts;
}

export async function readEmbeddedStandards(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
): Promise<{ standards: Standard[]; warnings: LocalizedText[] }> {
  const xmls = parts.items.map((part) => part.getXml());
  await context.sync();
  const standards: Standard[] = [];
  const warnings: LocalizedText[] = [];
  for (const xml of xmls) {
    const read = standardsFromXml(xml.value);
    standards.push(...read.standards);
    if (read.warning) warnings.push(read.warning);
  }
  return { standards, warnings };
}

/** Queues replacing the stored copy of a standard (same code), or adding one: two syncs to find it. */
export async function storeEmbeddedStandard(
  context: Excel.RequestContext,
  standard: Standard,
): Promise<void> {
  await deleteParts(context, (stored) => stored.some((s) => s.code === standard.code));
  context.workbook.customXmlParts.add(standardToXml(standard));
}

/** Queues removing the stored copy of a standard: two syncs to find it. */
export async function removeEmbeddedStandard(context: Excel.RequestContext, code: string): Promise<void> {
  await deleteParts(context, (stored) => stored.some((s) => s.code === code));
}

async function deleteParts(
  context: Excel.RequestContext,
  matches: (stored: Standard[]) => boolean,
): Promise<void> {
  const parts = queueEmbeddedPartsRead(context);
  await context.sync();
  const xmls = parts.items.map((part) => ({ part, xml: part.getXml() }));
  await context.sync();
  for (const { part, xml } of xmls) if (matches(standardsFromXml(xml.value).standards)) part.delete();
}

import { parseRecord, PORTABLE_NAMESPACE, type PortableRecord } from "../portable";

/** The portable record's custom XML part, written and read with the web view's own XML parser. */
export function recordToXml(record: PortableRecord): string {
  const document = new DOMParser().parseFromString(`<portable xmlns="${PORTABLE_NAMESPACE}"/>`, "text/xml");
  document.documentElement.textContent = JSON.stringify(record);
  return `<?xml version="1.0" encoding="UTF-8"?>${new XMLSerializer().serializeToString(document)}`;
}

export function recordFromXml(xml: string): PortableRecord | null {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const root = document.documentElement;
  if (document.getElementsByTagName("parsererror").length > 0) return null;
  if (root.localName !== "portable" || root.namespaceURI !== PORTABLE_NAMESPACE) return null;
  return parseRecord(root.textContent ?? "");
}

/** Reading manifest.xml with the DOM: namespaces, element lookup and the Resources table. */

export const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
export const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/** Parses XML and throws when it is not well-formed (DOMParser reports that as <parsererror>). */
export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ""}`);
  return doc;
}

/** Every descendant with this local name, whatever its namespace. */
export function all(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", localName));
}

/** The only descendant with this local name. */
export function one(root: Document | Element, localName: string): Element {
  const found = all(root, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0] as Element;
}

export function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName);
}

export function xsiType(element: Element): string | null {
  return element.getAttributeNS(XSI_NS, "type");
}

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface Resource {
  kind: ResourceKind;
  id: string;
  value: string;
  /** Locale → value */
  overrides: Record<string, string>;
}

export function resources(doc: Document): Resource[] {
  const table = one(doc, "Resources");
  return Array.from(table.children).flatMap((group) =>
    Array.from(group.children).map((entry) => ({
      kind: group.localName as ResourceKind,
      id: entry.getAttribute("id") ?? "",
      value: entry.getAttribute("DefaultValue") ?? "",
      overrides: Object.fromEntries(
        Array.from(entry.children).map((o) => [
          o.getAttribute("Locale") ?? "",
          o.getAttribute("Value") ?? "",
        ]),
      ),
    })),
  );
}

/** The resource a `resid` names; throws unless exactly one matches. */
export function resolveResid(doc: Document, resid: string): Resource {
  const matches = resources(doc).filter((resource) => resource.id === resid);
  if (matches.length !== 1) throw new Error(`resid ${resid} is defined ${matches.length} times`);
  return matches[0] as Resource;
}

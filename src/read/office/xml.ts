import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Parses XML; null when it is not well-formed (the caller reports it). */
export function parseXml(bytes: Uint8Array): Document | null {
  const text = new TextDecoder("utf-8").decode(bytes);
  try {
    let fatal = false;
    const document = new DOMParser({
      onError: (level) => {
        if (level === "fatalError" || level === "error") fatal = true;
      },
    }).parseFromString(text, "text/xml");
    return fatal ? null : document;
  } catch {
    return null;
  }
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** The element children of a node, in order. */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (isElement(child)) out.push(child);
  return out;
}

/** The first descendant element with this qualified name, depth first. */
export function firstDescendant(node: Node, name: string): Element | null {
  for (const child of childElements(node)) {
    if (child.nodeName === name) return child;
    const found = firstDescendant(child, name);
    if (found) return found;
  }
  return null;
}

/** A positive integer attribute, or the fallback. */
export function intAttribute(element: Element, name: string, fallback: number, max = 1_000): number {
  const value = Number.parseInt(element.getAttribute(name) ?? "", 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : fallback;
}

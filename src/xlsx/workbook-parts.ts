import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";

/**
 * The parts of an .xlsx that ExcelJS neither reads nor writes: custom XML parts (where the
 * add-in keeps the standards a workbook carries and the formulas it made portable) and the
 * add-in's stored settings (xl/webextensions). Read from the file's bytes and added to them.
 */
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

function parse(text: string): Document | null {
  let fatal = false;
  const document = new DOMParser({
    onError: (level) => {
      if (level === "fatalError" || level === "error") fatal = true;
    },
  }).parseFromString(text, "text/xml");
  return fatal ? null : document;
}

/** A part's text: UTF-16 when it starts with a byte-order mark (Excel may save custom XML so), else UTF-8. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return strFromU8(bytes).replace(/^\uFEFF/, "");
}

function isCustomXmlItem(path: string): boolean {
  const name = path.slice("customXml/".length);
  return path.startsWith("customXml/item") && name.endsWith(".xml") && !name.startsWith("itemProps");
}

function unzip(bytes: Uint8Array): Unzipped | null {
  try {
    return unzipSync(bytes);
  } catch {
    return null;
  }
}

/** The XML text of every custom XML part whose root element is in `namespace`. */
export function readCustomXmlParts(bytes: Uint8Array, namespace: string): string[] {
  const files = unzip(bytes);
  if (!files) return [];
  return Object.keys(files)
    .filter(isCustomXmlItem)
    .sort()
    .map((path) => decode(files[path]!))
    .filter((xml) => parse(xml)?.documentElement?.namespaceURI === namespace);
}

/**
 * The value of one of the add-in's settings (Office.js `workbook.settings`), which Excel keeps
 * as a JSON-encoded `we:property` of the add-in's web extension part; null when absent.
 */
export function readAddinSetting(bytes: Uint8Array, name: string): string | null {
  const files = unzip(bytes);
  if (!files) return null;
  for (const path of Object.keys(files).filter((p) => p.startsWith("xl/webextensions/webextension"))) {
    const document = parse(decode(files[path]!));
    const properties = document ? Array.from(document.getElementsByTagNameNS("*", "property")) : [];
    const property = properties.find((p) => p.getAttribute("name") === name);
    const value = property?.getAttribute("value");
    if (value === null || value === undefined) continue;
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === "string" ? parsed : String(parsed);
    } catch {
      return value;
    }
  }
  return null;
}

function element(
  document: Document,
  namespace: string,
  name: string,
  attributes: Record<string, string>,
): Element {
  const created = document.createElementNS(namespace, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value);
  return created;
}

function nextItemNumber(files: Unzipped): number {
  let highest = 0;
  for (const path of Object.keys(files).filter(isCustomXmlItem))
    highest = Math.max(highest, Number(path.slice("customXml/item".length, -".xml".length)) || 0);
  return highest + 1;
}

/**
 * The file with `xmls` added as custom XML parts, linked from the workbook as Excel links its
 * own (item, item properties with a fresh id, relationships, content type); everything else kept.
 * Parts already there whose root is in `replaceNamespace` are dropped first.
 */
export function withCustomXmlParts(
  bytes: Uint8Array,
  xmls: readonly string[],
  replaceNamespaces: readonly string[],
): Uint8Array {
  const files = unzipSync(bytes);
  const serializer = new XMLSerializer();
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = parse(strFromU8(files[relsPath]!))!;
  const types = parse(strFromU8(files["[Content_Types].xml"]!))!;

  for (const path of Object.keys(files).filter(isCustomXmlItem)) {
    const root = parse(decode(files[path]!))?.documentElement;
    if (!root?.namespaceURI || !replaceNamespaces.includes(root.namespaceURI)) continue;
    const number = path.slice("customXml/item".length, -".xml".length);
    delete files[path];
    delete files[`customXml/itemProps${number}.xml`];
    delete files[`customXml/_rels/item${number}.xml.rels`];
    for (const rel of Array.from(rels.getElementsByTagNameNS(RELS, "Relationship")))
      if (rel.getAttribute("Target") === `../customXml/item${number}.xml`) rel.parentNode?.removeChild(rel);
    for (const override of Array.from(types.getElementsByTagNameNS(CONTENT_TYPES, "Override")))
      if (override.getAttribute("PartName") === `/customXml/itemProps${number}.xml`)
        override.parentNode?.removeChild(override);
  }

  const relIds = new Set(
    Array.from(rels.getElementsByTagNameNS(RELS, "Relationship")).map((r) => r.getAttribute("Id")),
  );
  let number = nextItemNumber(files);
  const hasXmlDefault = Array.from(types.getElementsByTagNameNS(CONTENT_TYPES, "Default")).some(
    (d) => d.getAttribute("Extension") === "xml",
  );
  if (!hasXmlDefault)
    types.documentElement!.appendChild(
      element(types, CONTENT_TYPES, "Default", { Extension: "xml", ContentType: "application/xml" }),
    );
  for (const xml of xmls) {
    const id = `{${crypto.randomUUID().toUpperCase()}}`;
    files[`customXml/item${number}.xml`] = strToU8(xml);
    files[`customXml/itemProps${number}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${id}" xmlns:ds="${DATASTORE}"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    files[`customXml/_rels/item${number}.xml.rels`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${number}.xml"/></Relationships>`,
    );
    let rid = 1;
    while (relIds.has(`rIdCx${rid}`)) rid++;
    relIds.add(`rIdCx${rid}`);
    rels.documentElement!.appendChild(
      element(rels, RELS, "Relationship", {
        Id: `rIdCx${rid}`,
        Type: CUSTOM_XML_REL,
        Target: `../customXml/item${number}.xml`,
      }),
    );
    types.documentElement!.appendChild(
      element(types, CONTENT_TYPES, "Override", {
        PartName: `/customXml/itemProps${number}.xml`,
        ContentType: CUSTOM_XML_PROPS_TYPE,
      }),
    );
    number++;
  }
  files[relsPath] = strToU8(serializer.serializeToString(rels));
  files["[Content_Types].xml"] = strToU8(serializer.serializeToString(types));
  return zipSync(files);
}

const WEB_EXTENSIONS = "xl/webextensions/";

/**
 * `bytes` with the add-in's web extension parts of `source` (its settings, its task pane) put
 * back: ExcelJS drops them, and the default standard lives there. Their relationships and
 * content types come along.
 */
export function withWebExtensionsOf(source: Uint8Array, bytes: Uint8Array): Uint8Array {
  const from = unzip(source);
  const paths = from ? Object.keys(from).filter((p) => p.startsWith(WEB_EXTENSIONS)) : [];
  if (!from || paths.length === 0) return bytes;
  const files = unzipSync(bytes);
  for (const path of paths) files[path] = from[path]!;
  const serializer = new XMLSerializer();
  const targetsWebExtension = (target: string | null) =>
    target !== null && (target.startsWith(WEB_EXTENSIONS) || target.startsWith(`/${WEB_EXTENSIONS}`));
  const copy = (path: string, namespace: string, tag: string, attribute: string): void => {
    const source = from[path] ? parse(strFromU8(from[path])) : null;
    const target = files[path] ? parse(strFromU8(files[path])) : null;
    if (!source || !target) return;
    for (const node of Array.from(source.getElementsByTagNameNS(namespace, tag))) {
      if (targetsWebExtension(node.getAttribute(attribute)))
        target.documentElement!.appendChild(target.importNode(node, true));
    }
    files[path] = strToU8(serializer.serializeToString(target));
  };
  copy("_rels/.rels", RELS, "Relationship", "Target");
  copy("[Content_Types].xml", CONTENT_TYPES, "Override", "PartName");
  return zipSync(files);
}

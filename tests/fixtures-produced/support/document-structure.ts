/**
 * What must stay the same when a fixture is produced again, read from the bytes: every
 * paragraph's text and every table's rows and cells with their spans and header rows, with
 * style names, ids and timestamps left out (they change from run to run).
 */
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export interface CellShape {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** ODT: a covered cell under a span; DOCX: a cell continuing a vertical merge. */
  covered: boolean;
}

export interface RowShape {
  /** Repeated at the top of each page. */
  header: boolean;
  cells: CellShape[];
}

export type Block = { paragraph: string } | { table: RowShape[] };

const ODF = {
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
};
const WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function zipEntry(bytes: Uint8Array, path: string): Element {
  const entry = unzipSync(bytes, { filter: (file) => file.name === path })[path];
  if (!entry) throw new Error(`${path} is missing from the archive`);
  return new DOMParser().parseFromString(strFromU8(entry), "text/xml").documentElement!;
}

function children(node: Node, ns?: string, name?: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const element = child as Element;
    if (
      (ns === undefined || element.namespaceURI === ns) &&
      (name === undefined || element.localName === name)
    )
      found.push(element);
  }
  return found;
}

function descendant(node: Node, ns: string, name: string): Element {
  const found = (node as Element).getElementsByTagNameNS(ns, name)[0];
  if (!found) throw new Error(`no ${name} element`);
  return found;
}

/** ODF paragraph text: <text:s text:c="n"/> are spaces, tabs and line breaks are kept. */
function odfText(node: Node): string {
  let text = "";
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.TEXT_NODE) text += child.nodeValue ?? "";
    else if (child.nodeType === child.ELEMENT_NODE) {
      const element = child as Element;
      if (element.localName === "s") text += " ".repeat(Number(element.getAttributeNS(ODF.text, "c") || 1));
      else if (element.localName === "tab") text += "\t";
      else if (element.localName === "line-break") text += "\n";
      else text += odfText(element);
    }
  }
  return text;
}

/** Paragraphs in order, list items flattened with their depth as indentation. */
function odfParagraphs(elements: readonly Element[], depth = 0): string[] {
  return elements.flatMap((element) => {
    if (element.localName === "p" || element.localName === "h")
      return ["  ".repeat(depth) + odfText(element)];
    if (element.localName === "list")
      return children(element, ODF.text, "list-item").flatMap((item) =>
        odfParagraphs(children(item, ODF.text), depth + 1),
      );
    return [];
  });
}

function odfRows(table: Element): RowShape[] {
  const rows = (container: Element, header: boolean): RowShape[] =>
    children(container, ODF.table).flatMap((element) => {
      if (element.localName === "table-header-rows") return rows(element, true);
      if (element.localName === "table-rows") return rows(element, header);
      if (element.localName !== "table-row") return [];
      return [
        {
          header,
          cells: children(element, ODF.table)
            .filter((cell) => cell.localName === "table-cell" || cell.localName === "covered-table-cell")
            .map((cell) => ({
              text: odfParagraphs(children(cell, ODF.text)).join("\n"),
              rowSpan: Number(cell.getAttributeNS(ODF.table, "number-rows-spanned") || 1),
              colSpan: Number(cell.getAttributeNS(ODF.table, "number-columns-spanned") || 1),
              covered: cell.localName === "covered-table-cell",
            })),
        },
      ];
    });
  return rows(table, false);
}

/** content.xml of an ODT: its body as paragraphs and tables. */
export function odtStructure(bytes: Uint8Array): Block[] {
  const body = descendant(zipEntry(bytes, "content.xml"), ODF.office, "text");
  return children(body).flatMap((element): Block[] => {
    if (element.namespaceURI === ODF.table && element.localName === "table")
      return [{ table: odfRows(element) }];
    if (element.namespaceURI === ODF.text)
      return odfParagraphs([element]).map((paragraph) => ({ paragraph }));
    return [];
  });
}

function wordText(paragraph: Element): string {
  let text = "";
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const element = child as Element;
      if (element.namespaceURI !== WORD || element.localName === "pPr" || element.localName === "rPr")
        continue;
      if (element.localName === "t") text += element.textContent ?? "";
      else if (element.localName === "tab") text += "\t";
      else if (element.localName === "br") text += "\n";
      else walk(element);
    }
  };
  walk(paragraph);
  return text;
}

/** Word writes a vertical merge as a restarting cell and continuing cells below it: count them. */
function withRowSpans(rows: RowShape[]): RowShape[] {
  const columnOf = (row: RowShape, index: number) =>
    row.cells.slice(0, index).reduce((sum, cell) => sum + cell.colSpan, 0);
  const cellAt = (row: RowShape | undefined, column: number) =>
    row?.cells.find((_, index) => columnOf(row, index) === column);
  return rows.map((row, r) => ({
    ...row,
    cells: row.cells.map((cell, index) => {
      if (cell.covered) return cell;
      let span = 1;
      while (cellAt(rows[r + span], columnOf(row, index))?.covered) span++;
      return { ...cell, rowSpan: span };
    }),
  }));
}

function wordRows(table: Element): RowShape[] {
  return withRowSpans(
    children(table, WORD, "tr").map((row) => ({
      header: children(row, WORD, "trPr").some((pr) => children(pr, WORD, "tblHeader").length > 0),
      cells: children(row, WORD, "tc").map((cell) => {
        const properties = children(cell, WORD, "tcPr")[0];
        const gridSpan = properties ? children(properties, WORD, "gridSpan")[0] : undefined;
        const vMerge = properties ? children(properties, WORD, "vMerge")[0] : undefined;
        return {
          text: children(cell, WORD, "p").map(wordText).join("\n"),
          rowSpan: 1,
          colSpan: Number(gridSpan?.getAttributeNS(WORD, "val") || 1),
          covered: vMerge !== undefined && vMerge.getAttributeNS(WORD, "val") !== "restart",
        };
      }),
    })),
  );
}

/** word/document.xml of a DOCX: its body as paragraphs and tables (vertical merges as covered cells). */
export function docxStructure(bytes: Uint8Array): Block[] {
  const body = descendant(zipEntry(bytes, "word/document.xml"), WORD, "body");
  return children(body, WORD).flatMap((element): Block[] => {
    if (element.localName === "tbl") return [{ table: wordRows(element) }];
    if (element.localName === "p") return [{ paragraph: wordText(element) }];
    return [];
  });
}

import type { Element, Node } from "@xmldom/xmldom";
import type { DocumentLine } from "../document-lines";
import { joinParagraphs, paragraphLine, rowLine, type Paragraph } from "../clean-text";
import { childElements, firstDescendant, intAttribute, isElement, isText } from "./xml";

/**
 * word/document.xml → lines: each paragraph a line; each table row a line of tab-separated
 * cells. `w:gridSpan` adds an empty cell per extra grid column, `w:gridBefore`/`w:gridAfter` empty
 * cells at the row's ends; a `w:vMerge` continuation is empty (its text lives in the first row).
 * A table of one column (attitudes, notes) is read as paragraphs, one a line; numbered or bulleted
 * paragraphs (`w:numPr`) are list items.
 */
export function docxLines(document: Node): DocumentLine[] {
  const walker = new DocxWalker();
  const body = firstDescendant(document, "w:body");
  if (body) walker.block(body);
  return walker.lines;
}

class DocxWalker {
  readonly lines: DocumentLine[] = [];
  private paragraphs = 0;
  private tables = 0;

  block(container: Element): void {
    for (const child of childElements(container)) {
      if (child.nodeName === "w:p") this.paragraph(child);
      else if (child.nodeName === "w:tbl") this.table(child);
      else if (
        child.nodeName === "w:sdt" ||
        child.nodeName === "w:sdtContent" ||
        child.nodeName === "w:customXml"
      )
        this.block(child);
    }
  }

  private paragraph(element: Element): void {
    this.paragraphs++;
    const text = paragraphLine(paragraphOf(element));
    if (text !== "") this.lines.push({ text, source: { kind: "paragraph", paragraph: this.paragraphs } });
  }

  private table(table: Element): void {
    this.tables++;
    let row = 0;
    for (const tr of rowsOf(table)) {
      row++;
      const properties = childElements(tr).find((c) => c.nodeName === "w:trPr");
      const cells: Paragraph[][] = Array.from({ length: gridCount(properties, "w:gridBefore") }, () => []);
      for (const tc of cellsOf(tr)) {
        const tcPr = childElements(tc).find((c) => c.nodeName === "w:tcPr");
        const span = gridCount(tcPr, "w:gridSpan") || 1;
        const vMerge = tcPr && childElements(tcPr).find((c) => c.nodeName === "w:vMerge");
        const continues = vMerge !== undefined && (vMerge.getAttribute("w:val") ?? "continue") !== "restart";
        cells.push(continues ? [] : cellParagraphs(tc), ...Array.from({ length: span - 1 }, () => []));
      }
      for (let i = gridCount(properties, "w:gridAfter"); i > 0; i--) cells.push([]);
      const source = { kind: "row", table: this.tables, row } as const;
      const texts =
        cells.length === 1
          ? cells[0]!.map(paragraphLine)
          : [rowLine(cells.map((c) => joinParagraphs(c.map((p) => p.text))))];
      for (const text of texts) if (text.replace(/\t/g, "") !== "") this.lines.push({ text, source });
    }
  }
}

/** Rows in order, also those wrapped in content controls. */
function rowsOf(container: Element): Element[] {
  return childElements(container).flatMap((child) => {
    if (child.nodeName === "w:tr") return [child];
    if (child.nodeName === "w:sdt" || child.nodeName === "w:sdtContent" || child.nodeName === "w:customXml")
      return rowsOf(child);
    return [];
  });
}

function cellsOf(row: Element): Element[] {
  return childElements(row).flatMap((child) => {
    if (child.nodeName === "w:tc") return [child];
    if (child.nodeName === "w:sdt" || child.nodeName === "w:sdtContent" || child.nodeName === "w:customXml")
      return cellsOf(child);
    return [];
  });
}

function gridCount(properties: Element | undefined, name: string): number {
  const element = properties && childElements(properties).find((c) => c.nodeName === name);
  return element ? intAttribute(element, "w:val", 0, 64) : 0;
}

/** A cell's paragraphs in order, nested tables flattened. */
function cellParagraphs(cell: Element): Paragraph[] {
  return childElements(cell).flatMap((child) => {
    if (child.nodeName === "w:p") return [paragraphOf(child)];
    return child.nodeName === "w:tcPr" ? [] : cellParagraphs(child);
  });
}

/** A paragraph's text and list depth (`w:numPr`'s level + 1; 0 when not numbered). */
function paragraphOf(p: Element): Paragraph {
  const pPr = childElements(p).find((c) => c.nodeName === "w:pPr");
  const numPr = pPr && childElements(pPr).find((c) => c.nodeName === "w:numPr");
  const numId =
    numPr &&
    childElements(numPr)
      .find((c) => c.nodeName === "w:numId")
      ?.getAttribute("w:val");
  const level = numPr && childElements(numPr).find((c) => c.nodeName === "w:ilvl");
  const depth = numId && numId !== "0" ? (level ? intAttribute(level, "w:val", 0, 8) : 0) + 1 : 0;
  return { text: runText(p), depth };
}

/** The text of a paragraph's runs (also inside insertions, links, fields); deletions left out. */
function runText(node: Node): string {
  let text = "";
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (!isElement(child)) continue;
    switch (child.nodeName) {
      case "w:t":
        for (let t = child.firstChild; t; t = t.nextSibling) if (isText(t)) text += t.nodeValue ?? "";
        break;
      case "w:tab":
      case "w:br":
      case "w:cr":
        text += " ";
        break;
      case "w:noBreakHyphen":
        text += "-";
        break;
      case "w:del":
      case "w:delText":
      case "w:instrText":
      case "w:pPr":
      case "w:rPr":
      case "w:footnoteReference":
      case "w:commentReference":
      case "mc:Fallback": // the same content as mc:Choice, for older readers
        break;
      default:
        text += runText(child);
    }
  }
  return text;
}

import type { Element, Node } from "@xmldom/xmldom";
import type { DocumentLine } from "../document-lines";
import { joinParagraphs, rowLine } from "../clean-text";
import { childElements, firstDescendant, intAttribute, isElement, isText } from "./xml";

/**
 * word/document.xml → lines: each paragraph a line; each table row a line of tab-separated
 * cells. `w:gridSpan` adds an empty cell per extra grid column, `w:gridBefore`/`w:gridAfter` empty
 * cells at the row's ends; a `w:vMerge` continuation is empty (its text lives in the first row).
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
    const text = joinParagraphs([runText(element)]);
    if (text !== "") this.lines.push({ text, source: { kind: "paragraph", paragraph: this.paragraphs } });
  }

  private table(table: Element): void {
    this.tables++;
    let row = 0;
    for (const tr of rowsOf(table)) {
      row++;
      const properties = childElements(tr).find((c) => c.nodeName === "w:trPr");
      const cells: string[] = Array<string>(gridCount(properties, "w:gridBefore")).fill("");
      for (const tc of cellsOf(tr)) {
        const tcPr = childElements(tc).find((c) => c.nodeName === "w:tcPr");
        const span = gridCount(tcPr, "w:gridSpan") || 1;
        const vMerge = tcPr && childElements(tcPr).find((c) => c.nodeName === "w:vMerge");
        const continues = vMerge !== undefined && (vMerge.getAttribute("w:val") ?? "continue") !== "restart";
        cells.push(continues ? "" : cellText(tc), ...Array<string>(span - 1).fill(""));
      }
      cells.push(...Array<string>(gridCount(properties, "w:gridAfter")).fill(""));
      const text = rowLine(cells);
      if (text.replace(/\t/g, "") !== "")
        this.lines.push({ text, source: { kind: "row", table: this.tables, row } });
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

/** A cell's paragraphs (nested tables flattened) joined by spaces. */
function cellText(cell: Element): string {
  const paragraphs: string[] = [];
  const collect = (node: Element): void => {
    for (const child of childElements(node)) {
      if (child.nodeName === "w:p") paragraphs.push(runText(child));
      else if (child.nodeName !== "w:tcPr") collect(child);
    }
  };
  collect(cell);
  return joinParagraphs(paragraphs);
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
        break;
      default:
        text += runText(child);
    }
  }
  return text;
}

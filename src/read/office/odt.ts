import type { Element, Node } from "@xmldom/xmldom";
import type { DocumentLine } from "../document-lines";
import { joinParagraphs, rowLine } from "../clean-text";
import { childElements, intAttribute, isElement, isText } from "./xml";

/**
 * content.xml of an ODF text → lines: each paragraph, heading or list item a line; each table
 * row a line of tab-separated cells. Spans need no guessing: ODF writes a
 * `table:covered-table-cell` for every grid cell a spanned cell covers, which becomes an empty cell.
 */
export function odtLines(content: Node): DocumentLine[] {
  const walker = new OdtWalker();
  const body = findBodyText(content);
  if (body) walker.block(body);
  return walker.lines;
}

function findBodyText(node: Node): Element | null {
  for (const child of childElements(node)) {
    if (child.nodeName === "office:text") return child;
    const found = findBodyText(child);
    if (found) return found;
  }
  return null;
}

class OdtWalker {
  readonly lines: DocumentLine[] = [];
  private paragraphs = 0;
  private tables = 0;

  block(container: Element): void {
    for (const child of childElements(container)) {
      switch (child.nodeName) {
        case "text:p":
        case "text:h":
          this.paragraph(child);
          break;
        case "table:table":
          this.table(child);
          break;
        case "text:tracked-changes":
        case "office:forms":
        case "text:sequence-decls":
        case "table:table-columns":
          break;
        default:
          this.block(child);
      }
    }
  }

  private paragraph(element: Element): void {
    this.paragraphs++;
    const text = joinParagraphs([inlineText(element)]);
    if (text !== "") this.lines.push({ text, source: { kind: "paragraph", paragraph: this.paragraphs } });
  }

  private table(table: Element): void {
    this.tables++;
    let row = 0;
    for (const element of tableRows(table)) {
      const cells: string[] = [];
      for (const cell of childElements(element)) {
        const repeat = intAttribute(cell, "table:number-columns-repeated", 1, 64);
        const text = cell.nodeName === "table:table-cell" ? cellText(cell) : "";
        if (cell.nodeName === "table:table-cell" || cell.nodeName === "table:covered-table-cell")
          for (let i = 0; i < repeat; i++) cells.push(text);
      }
      const repeat = intAttribute(element, "table:number-rows-repeated", 1, 64);
      for (let i = 0; i < repeat; i++) {
        row++;
        const text = rowLine(cells);
        if (text.replace(/\t/g, "") !== "")
          this.lines.push({ text, source: { kind: "row", table: this.tables, row } });
      }
    }
  }
}

/** Rows in order, through header-rows, row-groups and rows containers. */
function tableRows(container: Element): Element[] {
  return childElements(container).flatMap((child) => {
    if (child.nodeName === "table:table-row") return [child];
    if (
      child.nodeName === "table:table-header-rows" ||
      child.nodeName === "table:table-rows" ||
      child.nodeName === "table:table-row-group"
    )
      return tableRows(child);
    return [];
  });
}

/** A cell's paragraphs (nested tables and lists flattened) joined by spaces. */
function cellText(cell: Element): string {
  const paragraphs: string[] = [];
  const collect = (node: Element): void => {
    for (const child of childElements(node)) {
      if (child.nodeName === "text:p" || child.nodeName === "text:h") paragraphs.push(inlineText(child));
      else collect(child);
    }
  };
  collect(cell);
  return joinParagraphs(paragraphs);
}

/** The text of a paragraph: spans, links, `text:s` spaces; tabs and line breaks as spaces; notes left out. */
function inlineText(node: Node): string {
  let text = "";
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isText(child)) text += child.nodeValue ?? "";
    else if (isElement(child)) {
      switch (child.nodeName) {
        case "text:s":
          text += " ".repeat(intAttribute(child, "text:c", 1, 100));
          break;
        case "text:tab":
        case "text:line-break":
          text += " ";
          break;
        case "text:note":
        case "office:annotation":
        case "text:bookmark":
          break;
        default:
          text += inlineText(child);
      }
    }
  }
  return text;
}

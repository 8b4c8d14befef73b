import type { Element, Node } from "@xmldom/xmldom";
import type { DocumentLine } from "../document-lines";
import { joinParagraphs, paragraphLine, rowLine, type Paragraph } from "../clean-text";
import { childElements, intAttribute, isElement, isText } from "./xml";

/**
 * content.xml of an ODF text → lines: each paragraph, heading or list item a line; each table
 * row a line of tab-separated cells, a cell's paragraphs joined by spaces. Spans need no guessing:
 * ODF writes a `table:covered-table-cell` for every grid cell a spanned cell covers, which becomes
 * an empty cell. A table of one column (attitudes, notes) is read as paragraphs, one a line.
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
      if (child.nodeName === "table:table") this.table(child);
      else if (child.nodeName === "text:p" || child.nodeName === "text:h" || child.nodeName === "text:list")
        for (const paragraph of paragraphsOf(child, 0)) this.paragraph(paragraph);
      else if (!SKIPPED.has(child.nodeName)) this.block(child);
    }
  }

  private paragraph(paragraph: Paragraph): void {
    this.paragraphs++;
    const text = paragraphLine(paragraph);
    if (text !== "") this.lines.push({ text, source: { kind: "paragraph", paragraph: this.paragraphs } });
  }

  private table(table: Element): void {
    this.tables++;
    let row = 0;
    for (const element of tableRows(table)) {
      const cells: Paragraph[][] = [];
      for (const cell of childElements(element)) {
        const repeat = intAttribute(cell, "table:number-columns-repeated", 1, 64);
        const paragraphs = cell.nodeName === "table:table-cell" ? paragraphsOf(cell, 0) : [];
        if (cell.nodeName === "table:table-cell" || cell.nodeName === "table:covered-table-cell")
          for (let i = 0; i < repeat; i++) cells.push(paragraphs);
      }
      const repeat = intAttribute(element, "table:number-rows-repeated", 1, 64);
      for (let i = 0; i < repeat; i++) {
        row++;
        const source = { kind: "row", table: this.tables, row } as const;
        const texts =
          cells.length === 1
            ? cells[0]!.map(paragraphLine)
            : [rowLine(cells.map((c) => joinParagraphs(c.map((p) => p.text))))];
        for (const text of texts) if (text.replace(/\t/g, "") !== "") this.lines.push({ text, source });
      }
    }
  }
}

const SKIPPED = new Set([
  "text:tracked-changes",
  "office:forms",
  "text:sequence-decls",
  "table:table-columns",
]);

/** Paragraphs, headings and list items in order, with their list depth; nested tables flattened. */
function paragraphsOf(node: Element, depth: number): Paragraph[] {
  if (node.nodeName === "text:p" || node.nodeName === "text:h") return [{ text: inlineText(node), depth }];
  const inner = node.nodeName === "text:list" ? depth + 1 : depth;
  return childElements(node).flatMap((child) =>
    SKIPPED.has(child.nodeName) ? [] : paragraphsOf(child, inner),
  );
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

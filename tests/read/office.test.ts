import { strToU8, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocumentBytes, type DocumentLine } from "../../src/read";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { seedText, SEED_000 } from "../helpers/seeds";

async function linesOf(bytes: Uint8Array): Promise<DocumentLine[]> {
  const read = await readDocumentBytes(bytes, "");
  if (!("lines" in read)) throw new Error("not a document");
  expect(read.diagnostics).toEqual([]);
  return read.lines;
}

const produced = (name: string, file: string): Uint8Array =>
  new Uint8Array(readFileSync(join(PRODUCED_DIR, name, file)));

/** Seed 000's version and header table rows: the tab-separated lines before the main table. */
const seedFrontRows = seedText(SEED_000)
  .split("\n")
  .slice(
    0,
    seedText(SEED_000)
      .split("\n")
      .findIndex((l) => l.startsWith("主要職責")),
  )
  .filter((l) => l.includes("\t"));

describe.each(["writer.odt", "writer.docx"])("seed 000 as %s", (file) => {
  let lines: DocumentLine[];
  beforeAll(async () => {
    lines = await linesOf(produced("seed-000", file));
  });

  test("each row of the version and header tables is the seed's line: spans as empty cells", () => {
    const texts = lines.map((l) => l.text);
    for (const row of seedFrontRows) expect(texts).toContain(row);
  });

  test("the main table's heading row appears once (a repeating heading row is not repeated)", () => {
    expect(lines.filter((l) => /^主要職責\t工作任務/.test(l.text))).toHaveLength(1);
  });

  test("merged duty cells leave the rows below them empty in that column", () => {
    const rows = lines.filter((l) => /^\tT2\.[23]/.test(l.text));
    expect(rows.map((l) => l.text.split("\t")[1]!.slice(0, 4))).toEqual(["T2.2", "T2.3"]);
  });

  test("every line names its paragraph or its table and row", () => {
    expect(lines[0]!.source).toEqual({ kind: "paragraph", paragraph: 1 });
    expect(lines.find((l) => l.text.startsWith("V2\t"))!.source).toEqual({ kind: "row", table: 1, row: 2 });
    for (const line of lines) expect(line.text).not.toMatch(/\n/);
  });

  test("notes come as seed 000's list items: '- ' and ' - ' for sub-items", () => {
    const notes = lines.slice(lines.findIndex((l) => l.text === "說明與補充事項"));
    expect(notes.map((l) => l.text.slice(0, 8))).toEqual(
      seedText(SEED_000)
        .split("\n")
        .slice(seedText(SEED_000).split("\n").indexOf("說明與補充事項"))
        .filter((l) => l.trim() !== "")
        .map((l) => l.replace(/\*\*/g, "").slice(0, 8)),
    );
  });
});

function docx(body: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(document) });
}

const p = (text: string, properties = ""): string =>
  `<w:p>${properties}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, properties = ""): string =>
  `<w:tc><w:tcPr>${properties}</w:tcPr>${content}</w:tc>`;

test("DOCX: gridSpan, vMerge, gridBefore and tblHeader give seed 000's cells; deletions and fallbacks are left out", async () => {
  const lines = await linesOf(
    docx(
      `<w:tbl>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p("主要職責"))}${tc(p("工作任務"))}${tc(p("工作產出"))}</w:tr>` +
        `<w:tr>${tc(p("T1職責"), '<w:vMerge w:val="restart"/>')}${tc(p("T1.1任務") + p("續"))}${tc(`<w:p><w:r><w:t>O1.1.1</w:t></w:r><w:del><w:r><w:delText>刪除</w:delText></w:r></w:del><w:r><w:t>產出</w:t></w:r></w:p>`)}</w:tr>` +
        `<w:tr>${tc(p(""), "<w:vMerge/>")}${tc(p("T1.2任務"), '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p("T1.3"))}${tc(p("O1.3.1"))}</w:tr>` +
        `</w:tbl>` +
        `<w:p><w:r><w:t>A01謹慎細心：</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:t>說明</w:t></mc:Choice><mc:Fallback><w:t>說明</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
        p("第一項", '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>') +
        p("子項", '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr>'),
    ),
  );
  expect(lines.map((l) => l.text)).toEqual([
    "主要職責\t工作任務\t工作產出",
    "T1職責\tT1.1任務 續\tO1.1.1產出",
    "\tT1.2任務\t",
    "\tT1.3\tO1.3.1",
    "A01謹慎細心：說明",
    "- 第一項",
    " - 子項",
  ]);
  expect(lines.map((l) => l.source.kind)).toEqual([
    "row",
    "row",
    "row",
    "row",
    "paragraph",
    "paragraph",
    "paragraph",
  ]);
});

function odt(body: string): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
    "content.xml": strToU8(content),
  });
}

test("ODT: spanned and covered cells, repeated columns, text:s spaces and nested lists", async () => {
  const cell = (text: string, attributes = ""): string =>
    `<table:table-cell ${attributes}><text:p>${text}</text:p></table:table-cell>`;
  const lines = await linesOf(
    odt(
      `<text:h>雲端架構工程人員職能基準</text:h>` +
        `<table:table><table:table-column table:number-columns-repeated="3"/>` +
        `<table:table-header-rows><table:table-row>${cell("主要職責")}${cell("工作任務")}${cell("工作產出")}</table:table-row></table:table-header-rows>` +
        `<table:table-row>${cell("T1職責", 'table:number-rows-spanned="2"')}${cell("T1.1", 'table:number-columns-spanned="2"')}<table:covered-table-cell/></table:table-row>` +
        `<table:table-row><table:covered-table-cell/>${cell('T1.2<text:s text:c="2"/>任務<text:tab/>續')}${cell("", 'table:number-columns-repeated="1"')}</table:table-row>` +
        `</table:table>` +
        `<text:list><text:list-item><text:p>第一項</text:p><text:list><text:list-item><text:p>子項</text:p></text:list-item></text:list></text:list-item></text:list>`,
    ),
  );
  expect(lines.map((l) => l.text)).toEqual([
    "雲端架構工程人員職能基準",
    "主要職責\t工作任務\t工作產出",
    "T1職責\tT1.1\t",
    "\tT1.2 任務 續\t",
    "- 第一項",
    " - 子項",
  ]);
});

import type { ReadResult } from "../document-lines";
import { zipFormat } from "../detect";
import { readError } from "../problems";
import { docxLines } from "./docx";
import { odtLines } from "./odt";
import { parseXml } from "./xml";
import { readZip } from "./zip";

const WANTED = new Set(["mimetype", "content.xml", "word/document.xml"]);

/** An ODT or DOCX file → lines; anything else zipped, or broken, → a diagnostic. */
export function readOffice(bytes: Uint8Array): ReadResult {
  const zip = readZip(bytes, (name) => WANTED.has(name));
  if ("problem" in zip) return { format: "text", lines: [], diagnostics: [zip.problem] };
  const format = zipFormat(zip.entries);
  if (!format)
    return {
      format: "text",
      lines: [],
      diagnostics: [
        readError(
          "unknown-zip",
          "這個壓縮檔不是 ODT 或 DOCX 文件。",
          "This zip file is neither an ODT nor a DOCX document.",
        ),
      ],
    };
  const xml = zip.entries.get(format === "odt" ? "content.xml" : "word/document.xml");
  const document = xml && parseXml(xml);
  if (!document)
    return {
      format,
      lines: [],
      diagnostics: [
        readError(
          "corrupt-xml",
          `${format.toUpperCase()} 文件的內容已損壞（XML 格式錯誤）。`,
          `The ${format.toUpperCase()} document's content is corrupt (malformed XML).`,
        ),
      ],
    };
  const lines = format === "odt" ? odtLines(document) : docxLines(document);
  return { format, lines, diagnostics: [] };
}

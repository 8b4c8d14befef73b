import type { DocumentFormat } from "./document-lines";

/** What the first bytes of a file say it is; "zip" still needs a look inside, "binary" is unknown. */
export type Sniffed = "pdf" | "zip" | "text" | "binary";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

/**
 * Sniffs the format from the bytes, not the name. PDF may be preceded by junk (the spec allows
 * 1 KB); text is anything with a UTF BOM or without NUL and control bytes in its first 4 KB.
 */
export function sniff(bytes: Uint8Array): Sniffed {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) if (startsWith(head, PDF_MAGIC, i)) return "pdf";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (hasUnicodeBom(bytes)) return "text";
  const sample = bytes.subarray(0, 4096);
  for (const byte of sample)
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c))
      return "binary";
  return "text";
}

function hasUnicodeBom(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0xef, 0xbb, 0xbf]) ||
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff])
  );
}

/**
 * ODF and OOXML are both zips: the ODF `mimetype` entry (a text document, also its -web and
 * -master variants, which Writer makes from HTML) or OOXML's `word/document.xml` tells.
 */
export function zipFormat(
  entries: ReadonlyMap<string, Uint8Array>,
): Extract<DocumentFormat, "odt" | "docx"> | null {
  const mimetype = entries.get("mimetype");
  if (
    mimetype &&
    new TextDecoder().decode(mimetype).trim().startsWith("application/vnd.oasis.opendocument.text")
  )
    return "odt";
  if (entries.has("word/document.xml")) return "docx";
  return null;
}

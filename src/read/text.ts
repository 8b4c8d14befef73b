import type { DocumentLine } from "./document-lines";

/**
 * Bytes → text: a UTF-16 BOM (LE or BE), else UTF-8 (BOM dropped); text that is not valid UTF-8
 * but is valid Big5 (older Traditional Chinese files) is read as Big5; otherwise bad sequences
 * become U+FFFD.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    try {
      return new TextDecoder("big5", { fatal: true }).decode(body);
    } catch {
      return new TextDecoder("utf-8").decode(body);
    }
  }
}

/** Whether decoded text is JSON rather than a document's text. */
export function looksLikeJson(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith("{") || start.startsWith("[");
}

/** Text → lines, each numbered as in the file. */
export function textLines(text: string): DocumentLine[] {
  return text.split(/\r\n?|\n/).map((line, i) => ({ text: line, source: { kind: "line", line: i + 1 } }));
}

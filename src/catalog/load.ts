import type { Diagnostic, Standard } from "../model";
import { parseDocumentLines, parseStandard } from "../parse";
import type { DocumentFormat, ReadOptions } from "../read";
import { standardSchemas } from "./schema";
import { describeIssue } from "./schema-issues";
import { validateStandardsJson } from "./standards-json";

export interface LoadedDocument {
  format: DocumentFormat;
  standards: Standard[];
  diagnostics: Diagnostic[];
}

/**
 * A document given by a user: the text of a 職能基準 (parsed) or JSON of standards (validated:
 * a file envelope, one standard, or an array of them). Never throws.
 */
export function loadDocument(content: string, fileName = ""): LoadedDocument {
  const trimmed = content.replace(/^\uFEFF/, "").trimStart();
  const looksJson = /\.json$/i.test(fileName) || trimmed.startsWith("{") || trimmed.startsWith("[");
  if (!looksJson) {
    const { standard, diagnostics } = parseStandard(content);
    return { format: "text", standards: [standard], diagnostics: [...diagnostics, ...outOfFormat(standard)] };
  }
  return { format: "json", ...validateStandardsJson(trimmed) };
}

/**
 * A document's bytes, whatever its format (PDF, ODT, DOCX, text, JSON; told by the bytes), as
 * standards. The readers load on first call, so importing this module costs nothing. Never rejects;
 * a file no reader can read gives no standard and an error.
 */
export async function loadDocumentBytes(
  bytes: Uint8Array,
  fileName = "",
  options: ReadOptions = {},
): Promise<LoadedDocument> {
  const { readDocumentBytes } = await import("../read");
  const read = await readDocumentBytes(bytes, fileName, options);
  if (read.format === "json") {
    const json = validateStandardsJson(read.json.trimStart());
    return {
      format: "json",
      standards: json.standards,
      diagnostics: [...read.diagnostics, ...json.diagnostics],
    };
  }
  if (read.lines.length === 0 && read.diagnostics.some((d) => d.severity === "error"))
    return { format: read.format, standards: [], diagnostics: read.diagnostics };
  const { standard, diagnostics } =
    read.format === "text"
      ? parseStandard(read.lines.map((l) => l.text).join("\n"))
      : parseDocumentLines(read.lines);
  return {
    format: read.format,
    standards: [standard],
    diagnostics: [...read.diagnostics, ...diagnostics, ...outOfFormat(standard)],
  };
}

/**
 * What a parsed standard holds beyond the bounds of the standards format (a "code" of 200
 * characters, a name of a whole page): such a standard could be shown but not stored or
 * exported and read back, so each excess is an error and the document is not imported.
 */
export function outOfFormat(standard: Standard): Diagnostic[] {
  const checked = standardSchemas().standard.safeParse(standard);
  if (checked.success) return [];
  return checked.error.issues.slice(0, 5).map((issue) => {
    const problem = describeIssue(issue);
    return {
      severity: "error",
      line: 1,
      id: "out-of-format",
      message: {
        zh: `${problem.zh}：超出職能基準格式的範圍，文件可能排版有誤。`,
        en: `${problem.en}: beyond the standards format; the document may be laid out wrongly.`,
      },
    };
  });
}

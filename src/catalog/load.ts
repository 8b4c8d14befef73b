import type { Diagnostic, Standard } from "../model";
import { MAX_INPUT_CHARS, parseDocumentLines, parseStandard } from "../parse";
import type { DocumentFormat, ReadOptions } from "../read";
import { StandardSchema, StandardsFileSchema } from "./schema";

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
    return { format: "text", standards: [standard], diagnostics };
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
  return { format: read.format, standards: [standard], diagnostics: [...read.diagnostics, ...diagnostics] };
}

export function validateStandardsJson(json: string): { standards: Standard[]; diagnostics: Diagnostic[] } {
  const problem = (zh: string, en: string): { standards: Standard[]; diagnostics: Diagnostic[] } => ({
    standards: [],
    diagnostics: [{ severity: "error", line: 1, id: "invalid-json", message: { zh, en } }],
  });
  if (json.length > MAX_INPUT_CHARS) return problem("JSON 超過 10 MB。", "The JSON is larger than 10 MB.");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return problem(`JSON 格式錯誤:${reason}`, `Malformed JSON: ${reason}`);
  }
  const asFile = StandardsFileSchema.safeParse(value);
  if (asFile.success) return { standards: asFile.data.standards, diagnostics: [] };
  const asList = StandardSchema.array().max(2_000).safeParse(value);
  if (asList.success) return { standards: asList.data, diagnostics: [] };
  const asOne = StandardSchema.safeParse(value);
  if (asOne.success) return { standards: [asOne.data], diagnostics: [] };
  const issues = (
    Array.isArray(value) || !(value && typeof value === "object" && "format" in value)
      ? Array.isArray(value)
        ? asList
        : asOne
      : asFile
  )
    .error!.issues.slice(0, 5)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  return problem(
    `JSON 不符合職能基準格式:${issues}`,
    `The JSON does not match the standards format: ${issues}`,
  );
}

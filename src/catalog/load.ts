import type { Diagnostic, Standard } from "../model";
import { MAX_INPUT_CHARS, parseStandard } from "../parse";
import { StandardSchema, StandardsFileSchema } from "./schema";

export interface LoadedDocument {
  format: "text" | "json";
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

/**
 * What a parsed standard holds beyond the bounds of the standards format (a "code" of 200
 * characters, a name of a whole page): such a standard could be shown but not stored or
 * exported and read back, so each excess is an error and the document is not imported.
 */
export function outOfFormat(standard: Standard): Diagnostic[] {
  const checked = StandardSchema.safeParse(standard);
  if (checked.success) return [];
  return checked.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.join(".");
    return {
      severity: "error",
      line: 1,
      id: "out-of-format",
      message: {
        zh: `「${path}」超出職能基準格式的範圍，文件可能排版有誤。`,
        en: `${path} does not fit the standards format (${issue.message}); the document may be laid out wrongly.`,
      },
    };
  });
}

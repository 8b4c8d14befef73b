import * as z from "zod/mini";
import type { Diagnostic, Standard } from "../model";
import { MAX_INPUT_CHARS } from "../parse";
import { standardSchemas } from "./schema";
import { describeIssue } from "./schema-issues";

/**
 * JSON of standards (a file envelope, one standard, or an array of them), validated: the
 * standards, or an error diagnostic saying what does not fit. Never throws.
 */
export function validateStandardsJson(json: string): { standards: Standard[]; diagnostics: Diagnostic[] } {
  const problem = (
    zh: string,
    en: string,
    line = 1,
  ): { standards: Standard[]; diagnostics: Diagnostic[] } => ({
    standards: [],
    diagnostics: [{ severity: "error", line, id: "invalid-json", message: { zh, en } }],
  });
  if (json.length > MAX_INPUT_CHARS) return problem("JSON 超過 10 MB。", "The JSON is larger than 10 MB.");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const place = syntaxErrorPlace(json, error);
    if (!place)
      return problem(
        "JSON 格式錯誤：無法解讀（少了括號、引號或逗號？）。",
        "Malformed JSON: it cannot be read (a missing bracket, quote or comma?).",
      );
    const { line, column } = place;
    return problem(
      `JSON 格式錯誤：第 ${line} 行第 ${column} 字無法解讀（少了括號、引號或逗號？）。`,
      `Malformed JSON: cannot be read at line ${line}, column ${column} (a missing bracket, quote or comma?).`,
      line,
    );
  }
  const asFile = standardSchemas().file.safeParse(value);
  if (asFile.success) return { standards: asFile.data.standards, diagnostics: [] };
  const asList = z.array(standardSchemas().standard).check(z.maxLength(2_000)).safeParse(value);
  if (asList.success) return { standards: asList.data, diagnostics: [] };
  const asOne = standardSchemas().standard.safeParse(value);
  if (asOne.success) return { standards: [asOne.data], diagnostics: [] };
  const issues = (
    Array.isArray(value) || !(value && typeof value === "object" && "format" in value)
      ? Array.isArray(value)
        ? asList
        : asOne
      : asFile
  )
    .error!.issues.slice(0, 5)
    .map(describeIssue);
  return problem(
    `JSON 不符合職能基準格式：${issues.map((i) => i.zh).join("；")}`,
    `The JSON does not match the standards format: ${issues.map((i) => i.en).join("; ")}`,
  );
}

/**
 * Where JSON.parse stopped, as a 1-based line and column, or null when its message does not say.
 * The message is English only and worded differently by each engine, so only the offset it may
 * name ("at position 7") is used.
 */
function syntaxErrorPlace(json: string, error: unknown): { line: number; column: number } | null {
  const offset = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  if (!offset) return null;
  const lines = json.slice(0, Number(offset[1])).split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

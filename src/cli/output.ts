import { stat, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import type { LocalizedText } from "../model";
import { fileProblem } from "./file-errors";
import { UsageError } from "./io";

/**
 * Refuses an `--out` path whose extension does not match what will be written (a UsageError),
 * before any work is done, so no file is mislabelled.
 */
export function checkOutExtension(command: string, out: string, extension: string): void {
  if (extname(out).toLowerCase() === extension) return;
  throw new UsageError({
    zh: `${command}：--out 的檔名必須以 ${extension} 結尾（收到「${out}」）。`,
    en: `${command}: the --out file name must end in ${extension} (got "${out}").`,
  });
}

/** The input file is never overwritten: a message when `out` names it, else null. */
export function overwritesInput(input: string, out: string): LocalizedText | null {
  return resolve(out) === resolve(input)
    ? { zh: "--out 不可與輸入檔相同。", en: "--out must not be the input file." }
    : null;
}

/** Why `out` cannot be written (its folder is missing, or it is a folder), or null; checked before the work. */
export async function outPathProblem(out: string): Promise<LocalizedText | null> {
  const folder = dirname(out);
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory())
    return {
      zh: `${out}：資料夾「${folder}」不存在。`,
      en: `${out}: the folder "${folder}" does not exist.`,
    };
  if ((await stat(out).catch(() => null))?.isDirectory()) {
    const problem = fileProblem({ code: "EISDIR" });
    return { zh: `${out}：${problem.zh}`, en: `${out}: ${problem.en}` };
  }
  return null;
}

/** Writes the bytes to `out`; a failure is a message in both languages, not an exception. */
export async function writeOut(out: string, bytes: Uint8Array): Promise<LocalizedText | null> {
  try {
    await writeFile(out, bytes);
    return null;
  } catch (error) {
    const problem = fileProblem(error);
    return { zh: `${out}：${problem.zh}`, en: `${out}: ${problem.en}` };
  }
}

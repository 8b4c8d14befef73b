import { UsageError, type CommandOption } from "../io";

/** `--load FILE`, the same in every command that answers from the catalog. */
export const LOAD_OPTION = {
  type: "string",
  multiple: true,
  value: "FILE",
  help: {
    zh: "加入一份文件（PDF、ODT、DOCX、文字或 JSON）的職能基準，可重複。",
    en: "adds the standards of a document (PDF, ODT, DOCX, text or JSON); repeatable.",
  },
} as const satisfies CommandOption;

/** `--out OUT.xlsx`, the same in every command that writes a workbook beside its input. */
export const OUT_XLSX_OPTION = {
  type: "string",
  value: "OUT.xlsx",
  help: {
    zh: "要寫入的 .xlsx 檔案（必填；不會覆寫輸入檔）。",
    en: "the .xlsx file to write (required; never the input file).",
  },
} as const satisfies CommandOption;

/** The usage error of a command whose `--out OUT.xlsx` is missing. */
export function missingOutError(command: string): UsageError {
  return new UsageError({
    zh: `${command}：必須指定 --out OUT.xlsx。`,
    en: `${command}: --out OUT.xlsx is required.`,
  });
}

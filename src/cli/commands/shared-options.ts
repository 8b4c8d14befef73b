import type { CommandOption } from "../io";

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

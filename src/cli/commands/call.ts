import { readFile } from "node:fs/promises";
import { pick } from "../../model";
import { callFunction } from "../../functions/dispatch";
import { excelErrorCode, type Cell } from "../../functions/values";
import { catalogWith } from "../catalog";
import { UsageError, type Command } from "../io";
import { parseCommandArgs } from "../options";
import { addCarriedStandards, readWorkbookParts } from "../workbook-parts";
import { LOAD_OPTION } from "./shared-options";

/** A cell as one TSV field: tabs and line breaks inside it would break the row. */
export function field(cell: Cell): string {
  return String(cell).replace(/[\t\r\n]+/g, " ");
}

const OPTIONS = {
  load: LOAD_OPTION,
  default: {
    type: "string",
    value: "STANDARD",
    help: {
      zh: "當作活頁簿的預設職能基準（省略 standard 引數時使用）。",
      en: "plays the workbook's default standard (used when the standard argument is omitted).",
    },
  },
  workbook: {
    type: "string",
    value: "FILE.xlsx",
    help: {
      zh: "如同在這個活頁簿中：使用它帶著的職能基準與預設職能基準（--load 與 --default 可加入或取代）。",
      en: "answers as in this workbook: from the standards and the default standard it carries (--load and --default add to or override them).",
    },
  },
} as const;

/**
 * `call [--load FILE]… [--default STANDARD] FUNCTION ARG…`: runs a COMPETENCY function exactly as
 * Excel does. Rows print as tab-separated lines; an error prints its Excel code and message on
 * stderr and exits 2. An empty ARG ("") is an omitted argument.
 */
export const callCommand: Command = {
  synopsis: ["call [--workbook FILE.xlsx] [--load FILE]… [--default STANDARD] FUNCTION ARG…"],
  summary: {
    zh: '以 Excel 的方式執行一個 COMPETENCY 函數（例如 KNOWLEDGE T2.2），每列以 Tab 分隔印出；空字串引數（""）代表省略；錯誤時印出 Excel 錯誤碼與訊息，結束碼為 2。',
    en: 'runs a COMPETENCY function as Excel does (such as KNOWLEDGE T2.2), rows as tab-separated lines; an empty ARG ("") is an omitted one; an error prints its Excel code and message and exits 2.',
  },
  options: OPTIONS,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs("call", args, OPTIONS);
    const [name, ...rest] = positionals;
    if (!name)
      throw new UsageError({ zh: "call：沒有指定函數（FUNCTION）。", en: "call: no FUNCTION given." });
    const catalog = await catalogWith(values.load ?? [], context);
    if (!catalog) return 1;
    let defaultStandard = values.default ?? null;
    if (values.workbook) {
      const parts = readWorkbookParts(
        values.workbook,
        new Uint8Array(await readFile(values.workbook)),
        context,
      );
      addCarriedStandards(catalog, parts.standards);
      defaultStandard ??= parts.defaultStandard;
    }
    const result = callFunction(
      name,
      rest.map((a) => (a === "" ? null : a)),
      { catalog, defaultStandard, locale: context.locale },
    );
    if (!result.ok) {
      context.stderr.write(`${excelErrorCode(result.error)} ${pick(result.error.message, context.locale)}\n`);
      return 2;
    }
    const value = result.value;
    const lines = Array.isArray(value) ? value.map((row) => row.map(field).join("\t")) : [field(value)];
    context.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};

import { changeRow, compareReferences } from "../../compare";
import { pick } from "../../model";
import { excelErrorCode } from "../../functions/values";
import { catalogWith } from "../catalog";
import { UsageError, type Command } from "../io";
import { field } from "./call";
import { parseCommandArgs } from "../options";
import { LOAD_OPTION } from "./shared-options";

const OPTIONS = {
  load: LOAD_OPTION,
} as const;

/**
 * `diff [--load FILE]… OLD NEW`: the rows of COMPETENCY.CHANGES(OLD, NEW) as tab-separated lines,
 * nothing at all when nothing changed (exit 0 either way). An unknown standard prints its error
 * as `call` does and exits 2.
 */
export const diffCommand: Command = {
  synopsis: ["diff [--load FILE]… OLD NEW"],
  summary: {
    zh: "兩個版本之間的變更（即 COMPETENCY.CHANGES 的各列），以 Tab 分隔印出；沒有變更時不印任何內容（結束碼都是 0）。",
    en: "what changed from one version of a standard to another (the rows of COMPETENCY.CHANGES) as tab-separated lines; nothing when nothing changed (exit 0 either way).",
  },
  options: OPTIONS,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs("diff", args, OPTIONS);
    const [older, newer, ...extra] = positionals;
    if (older === undefined || newer === undefined || extra.length > 0)
      throw new UsageError({
        zh: "diff：請給兩個職能基準，OLD 與 NEW。",
        en: "diff: give exactly two standards, OLD and NEW.",
      });
    const catalog = await catalogWith(values.load ?? [], context);
    if (!catalog) return 1;
    const compared = compareReferences(catalog, older, newer);
    if (!compared.ok) {
      context.stderr.write(
        `${excelErrorCode(compared.error)} ${pick(compared.error.message, context.locale)}\n`,
      );
      return 2;
    }
    const lines = compared.value.changes.map(
      (c) => changeRow(c, context.locale).map(field).join("\t") + "\n",
    );
    context.stdout.write(lines.join(""));
    return 0;
  },
};

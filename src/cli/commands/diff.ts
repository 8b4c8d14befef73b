import { changeRow, compareReferences } from "../../compare";
import { pick } from "../../model";
import { excelErrorCode } from "../../functions/values";
import { catalogWith } from "../catalog";
import { UsageError, type Command } from "../io";
import { field } from "./call";
import { parseCommandArgs } from "../options";

export const DIFF_USAGE = `  diff [--load FILE]… OLD NEW        what changed from one version of a standard to another (rows as tab-separated lines)`;

/**
 * `diff [--load FILE]… OLD NEW`: the rows of COMPETENCY.CHANGES(OLD, NEW) as tab-separated lines,
 * nothing at all when nothing changed (exit 0 either way). An unknown standard prints its error
 * as `call` does and exits 2.
 */
export const diffCommand: Command = async (args, context) => {
  const { values, positionals } = parseCommandArgs("diff", args, {
    load: { type: "string", multiple: true },
  });
  const [older, newer, ...extra] = positionals;
  if (older === undefined || newer === undefined || extra.length > 0)
    throw new UsageError("diff: give exactly two standards, OLD and NEW");
  const catalog = await catalogWith(values.load ?? [], context);
  if (!catalog) return 1;
  const compared = compareReferences(catalog, older, newer);
  if (!compared.ok) {
    context.stderr.write(
      `${excelErrorCode(compared.error)} ${pick(compared.error.message, context.locale)}\n`,
    );
    return 2;
  }
  const lines = compared.value.changes.map((c) => changeRow(c, context.locale).map(field).join("\t") + "\n");
  context.stdout.write(lines.join(""));
  return 0;
};

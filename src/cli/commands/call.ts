import { readFile } from "node:fs/promises";
import { pick } from "../../model";
import { callFunction } from "../../functions/dispatch";
import { excelErrorCode, type Cell } from "../../functions/values";
import { catalogWith } from "../catalog";
import { UsageError, type Command } from "../io";
import { parseCommandArgs } from "../options";
import { addCarriedStandards, readWorkbookParts } from "../workbook-parts";

/** A cell as one TSV field: tabs and line breaks inside it would break the row. */
export function field(cell: Cell): string {
  return String(cell).replace(/[\t\r\n]+/g, " ");
}

/**
 * `call [--workbook FILE.xlsx] [--load FILE]… [--default STANDARD] FUNCTION ARG…`: runs a
 * COMPETENCY function exactly as Excel does. Rows print as tab-separated lines; an error prints
 * its Excel code and message on stderr and exits 2. An empty ARG ("") is an omitted argument.
 * --workbook answers from the standards and the default standard that workbook carries, as the
 * add-in would in it; --load and --default add to or override them.
 */
export const callCommand: Command = async (args, context) => {
  const { values, positionals } = parseCommandArgs("call", args, {
    load: { type: "string", multiple: true },
    default: { type: "string" },
    workbook: { type: "string" },
  });
  const [name, ...rest] = positionals;
  if (!name) throw new UsageError("call: no FUNCTION given");
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
};

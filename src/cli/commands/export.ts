import { writeFile } from "node:fs/promises";
import type { CatalogEntry } from "../../catalog";
import { buildDataSheet, buildStandardSheet, type SheetPlan } from "../../layout";
import { pick } from "../../model";
import { writeWorkbook } from "../../xlsx";
import { catalogWith } from "../catalog";
import { UsageError, type Command } from "../io";
import { takeOptions } from "../options";

/**
 * `export [--load FILE]… [--standard REF]… [--data] --out FILE.xlsx`: one formatted sheet per
 * standard (every loaded one when none is named), plus the tidy data sheet with --data.
 * Prints the file and its sheets; an unknown reference prints its message and exits 2.
 */
export const exportCommand: Command = async (args, context) => {
  const { options, flags, positional } = takeOptions(args, ["--load", "--standard", "--out"], ["--data"]);
  if (positional.length > 0) throw new UsageError(`export: unexpected argument ${positional[0]}`);
  const out = options.get("--out")?.at(-1);
  if (!out) throw new UsageError("export: --out FILE.xlsx is required");

  const catalog = await catalogWith(options.get("--load") ?? [], context);
  if (!catalog) return 1;
  const references = options.get("--standard") ?? [];
  const entries: CatalogEntry[] = [];
  for (const reference of references) {
    const resolved = catalog.resolve(reference);
    if (!resolved.ok) {
      context.stderr.write(`${reference}: ${pick(resolved.error.message, context.locale)}\n`);
      return 2;
    }
    if (!entries.includes(resolved.value)) entries.push(resolved.value);
  }
  if (references.length === 0) entries.push(...catalog.entries());

  const { locale } = context;
  const plans: SheetPlan[] = entries.map((entry) =>
    buildStandardSheet(entry.standard, { locale, index: entry.index }),
  );
  if (flags.has("--data"))
    plans.push(
      buildDataSheet(
        entries.map((e) => e.standard),
        { locale },
      ),
    );
  const written = await writeWorkbook(plans);
  await writeFile(out, written.bytes);
  context.stdout.write(`${out}\n${written.sheets.map((sheet) => `  ${sheet.name}`).join("\n")}\n`);
  return 0;
};

import { writeFile } from "node:fs/promises";
import type { CatalogEntry } from "../../catalog";
import { buildDataSheet, buildStandardSheet, type SheetPlan } from "../../layout";
import { buildStaffingMatrix, type UnitKind } from "../../layout/staffing-matrix";
import { pick, type Standard } from "../../model";
import { withCustomXmlParts, writeWorkbook } from "../../xlsx";
import { catalogWith } from "../catalog";
import { UsageError, type CliContext, type Command } from "../io";
import { parseCommandArgs } from "../options";
import { standardPartXml, STANDARDS_NAMESPACE } from "../workbook-parts";
import { changesSheetPlan } from "./export-diff";

/**
 * `export [--load FILE]… [--standard REF]… [--data] --out FILE.xlsx`: one formatted sheet per
 * standard (every loaded one when none is named), plus the tidy data sheet with --data; the file
 * carries those standards in the add-in's custom XML parts.
 * `export --matrix [--standard REF]… [--units tasks|ks] [--people N] --out FILE.xlsx`: a staffing
 * matrix of those standards instead. Prints the file and its sheets; an unknown reference or a bad
 * matrix option prints its message and exits 2.
 * `export --diff OLD NEW [--load FILE]… --out FILE.xlsx`: the changes sheet of two versions.
 */
export const exportCommand: Command = async (args, context) => {
  const { values, positionals } = parseCommandArgs("export", args, {
    load: { type: "string", multiple: true },
    standard: { type: "string", multiple: true },
    out: { type: "string" },
    units: { type: "string" },
    people: { type: "string" },
    data: { type: "boolean" },
    matrix: { type: "boolean" },
    diff: { type: "boolean" },
  });
  if (positionals.length > 0 && !values.diff)
    throw new UsageError(`export: unexpected argument ${positionals[0]}`);
  const out = values.out;
  if (!out) throw new UsageError("export: --out FILE.xlsx is required");

  const catalog = await catalogWith(values.load ?? [], context);
  if (!catalog) return 1;
  if (values.diff) {
    const plan = changesSheetPlan(catalog, positionals, context);
    if (!plan.ok) {
      context.stderr.write(`${pick(plan.error.message, context.locale)}\n`);
      return 2;
    }
    return save([plan.value.plan], plan.value.standards, out, context);
  }
  const references = values.standard ?? [];
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
  const plans: SheetPlan[] = [];
  if (values.matrix) {
    const units = values.units ?? "tasks";
    if (units !== "tasks" && units !== "ks") throw new UsageError("export: --units is tasks or ks");
    const people = Number(values.people ?? 10);
    const matrix = buildStaffingMatrix({
      standards: entries.map((e) => e.standard),
      units: units satisfies UnitKind,
      people,
      locale,
    });
    if (!matrix.ok) {
      context.stderr.write(`${pick(matrix.error.message, locale)}\n`);
      return 2;
    }
    plans.push(matrix.value);
  } else {
    plans.push(...entries.map((entry) => buildStandardSheet(entry.standard, { locale, index: entry.index })));
  }
  if (values.data)
    plans.push(
      buildDataSheet(
        entries.map((e) => e.standard),
        { locale },
      ),
    );
  return save(
    plans,
    entries.map((entry) => entry.standard),
    out,
    context,
  );
};

/** Writes the sheets and the standards they show to `out`, and prints the file and its sheets. */
async function save(
  plans: SheetPlan[],
  standards: Standard[],
  out: string,
  context: CliContext,
): Promise<number> {
  const written = await writeWorkbook(plans);
  // The file carries its standards as the add-in keeps them, so the add-in (and `call --workbook`) answers from them.
  const parts = standards.map((standard) => standardPartXml(standard));
  await writeFile(out, withCustomXmlParts(written.bytes, parts, [STANDARDS_NAMESPACE]));
  context.stdout.write(`${out}\n${written.sheets.map((sheet) => `  ${sheet.name}`).join("\n")}\n`);
  return 0;
}

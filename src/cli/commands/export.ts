import { writeFile } from "node:fs/promises";
import type { CatalogEntry } from "../../catalog";
import { buildDataSheet, buildStandardSheet, type SheetPlan } from "../../layout";
import { buildAssessmentWorkbook } from "../../layout/assessment";
import { buildStaffingMatrix, type UnitKind } from "../../layout/staffing-matrix";
import { ok, pick, type Result, type Standard } from "../../model";
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
 * `export --matrix [--standard REF]… [--units tasks|ks] [--people N | --names A,B,C] [--assessment
 * [--rating derived|typed]] --out FILE.xlsx`: a staffing matrix of those standards instead, with
 * --assessment also the indicator assessment, derived levels and training needs (tasks only).
 * Prints the file and its sheets; an unknown reference or a bad matrix option prints its message
 * and exits 2.
 * `export --diff OLD NEW [--load FILE]… --out FILE.xlsx`: the changes sheet of two versions.
 */
export const exportCommand: Command = async (args, context) => {
  const { values, positionals } = parseCommandArgs("export", args, {
    load: { type: "string", multiple: true },
    standard: { type: "string", multiple: true },
    out: { type: "string" },
    units: { type: "string" },
    people: { type: "string" },
    names: { type: "string" },
    rating: { type: "string" },
    data: { type: "boolean" },
    matrix: { type: "boolean" },
    diff: { type: "boolean" },
    assessment: { type: "boolean" },
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
    const rating = values.rating ?? "typed";
    if (rating !== "derived" && rating !== "typed")
      throw new UsageError("export: --rating is derived or typed");
    if (values.rating && !values.assessment)
      throw new UsageError("export: --rating needs --assessment (levels are derived from it)");
    if (values.assessment && units !== "tasks")
      throw new UsageError("export: --assessment rates tasks (their behaviour indicators), not --units ks");
    if (values.names !== undefined && values.people !== undefined)
      throw new UsageError("export: give --people N or --names A,B,C, not both");
    const names = values.names === undefined ? undefined : listedNames(values.names);
    if (names?.length === 0) throw new UsageError("export: --names lists no names");
    const people = names ?? Number(values.people ?? 10);
    const standards = entries.map((e) => e.standard);
    const built = values.assessment
      ? buildAssessmentWorkbook({ standards, people, rating, locale })
      : mapResult(buildStaffingMatrix({ standards, units: units satisfies UnitKind, people, locale }));
    if (!built.ok) {
      context.stderr.write(`${pick(built.error.message, locale)}\n`);
      return 2;
    }
    plans.push(...built.value);
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

/** "王小明, 陳美玲，林志豪、張雅婷": names split at ASCII or full-width commas and 、, blanks dropped. */
function listedNames(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

function mapResult(result: Result<SheetPlan>): Result<SheetPlan[]> {
  return result.ok ? ok([result.value]) : result;
}

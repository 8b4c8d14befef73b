import { readFile, writeFile } from "node:fs/promises";
import { MATRIX_TABLE_NAME, readStaffingMatrix, upgradeInCatalog } from "../../layout/staffing-matrix";
import { cellAddress } from "../../layout";
import { pick, type LocalizedText } from "../../model";
import { readWorkbookSheets, replaceSheet } from "../../xlsx";
import { catalogWith } from "../catalog";
import { UsageError, type CliContext, type Command } from "../io";
import { parseCommandArgs } from "../options";

export const MATRIX_UPGRADE_USAGE = `  matrix-upgrade [--load FILE]… [--sheet NAME] IN.xlsx --to REF --out OUT.xlsx
                                    move a staffing matrix to another version of its standard, keeping ratings`;

const SUMMARY_LABELS = {
  kept: { zh: "保留", en: "kept" },
  carried: { zh: "隨新代碼", en: "carried" },
  review: { zh: "需複核", en: "review" },
  archived: { zh: "封存", en: "archived" },
  added: { zh: "新增", en: "added" },
} satisfies Record<string, LocalizedText>;

function fail(context: CliContext, message: LocalizedText): number {
  context.stderr.write(`${pick(message, context.locale)}\n`);
  return 2;
}

/**
 * `matrix-upgrade IN.xlsx --to REF --out OUT.xlsx`: the staffing matrix of IN (the sheet with the
 * StaffingMatrix table, or --sheet) rebuilt on the version REF names, ratings carried by unit;
 * every other sheet kept. Prints what happened to the units; a matrix or version that cannot be
 * found prints why and exits 2.
 */
export const matrixUpgradeCommand: Command = async (args, context) => {
  const { values, positionals } = parseCommandArgs("matrix-upgrade", args, {
    load: { type: "string", multiple: true },
    sheet: { type: "string" },
    to: { type: "string" },
    out: { type: "string" },
  });
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) throw new UsageError("matrix-upgrade: give one IN.xlsx");
  if (!values.to) throw new UsageError("matrix-upgrade: --to REF is required");
  if (!values.out) throw new UsageError("matrix-upgrade: --out FILE.xlsx is required");

  const catalog = await catalogWith(values.load ?? [], context);
  if (!catalog) return 1;
  const target = catalog.resolve(values.to);
  if (!target.ok) return fail(context, target.error.message);
  const newer = target.value;

  const bytes = new Uint8Array(await readFile(input));
  const sheets = await readWorkbookSheets(bytes);
  const found = sheets
    .filter((s) => values.sheet === undefined || s.name === values.sheet)
    .flatMap((sheet) =>
      sheet.tables.filter((t) => t.name.startsWith(MATRIX_TABLE_NAME)).map((t) => ({ sheet, t })),
    )[0];
  if (!found) {
    return fail(context, {
      zh: `${input} 中找不到人員職能矩陣。`,
      en: `${input} holds no staffing matrix.`,
    });
  }
  const read = readStaffingMatrix(found.sheet.values, found.t.range, (row, col) =>
    found.sheet.lists.get(cellAddress(row, col)),
  );
  if (!read.ok) return fail(context, read.error.message);

  const upgraded = upgradeInCatalog(read.value, catalog, newer, { locale: context.locale });
  if (!upgraded.ok) return fail(context, upgraded.error.message);

  await writeFile(values.out, await replaceSheet(bytes, found.sheet.name, upgraded.value.plan));
  const { summary } = upgraded.value;
  const line = (key: keyof typeof SUMMARY_LABELS, codes: string[]) =>
    `  ${pick(SUMMARY_LABELS[key], context.locale)}\t${codes.length}\t${codes.join(" ")}\n`;
  context.stdout.write(
    `${values.out}\n  ${found.sheet.name}: ${upgraded.value.from} → ${newer.standard.code}\n` +
      line("kept", summary.kept) +
      line("carried", summary.carried) +
      line("review", summary.review) +
      line("archived", summary.archived) +
      line("added", summary.added),
  );
  return 0;
};

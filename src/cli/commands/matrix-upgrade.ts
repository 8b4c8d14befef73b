import { readFile, writeFile } from "node:fs/promises";
import { MATRIX_TABLE_NAME, readStaffingMatrix, upgradeStaffingMatrix } from "../../layout/staffing-matrix";
import { parseStandardCode, pick, type LocalizedText, type Standard } from "../../model";
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
  const read = readStaffingMatrix(found.sheet.values, found.t.range);
  if (!read.ok) return fail(context, read.error.message);

  const codes = [...new Set(read.value.units.map((u) => u.standardCode))];
  const olderCode = codes.find((c) => parseStandardCode(c)?.base === newer.index.base);
  if (!olderCode || olderCode === newer.standard.code) {
    return fail(context, {
      zh: `此矩陣沒有 ${newer.standard.code} 的其他版本（它使用 ${codes.join("、")}）。`,
      en: `This matrix uses no other version of ${newer.standard.code} (it uses ${codes.join(", ")}).`,
    });
  }
  const older = catalog.get(olderCode);
  if (!older) {
    return fail(context, {
      zh: `未載入矩陣所用的 ${olderCode}：請以 --load 提供該版本的文件。`,
      en: `${olderCode}, which the matrix uses, is not loaded: give its document with --load.`,
    });
  }
  const others = codes
    .filter((c) => c !== olderCode)
    .map((c) => catalog.get(c)?.standard)
    .filter((s): s is Standard => s !== undefined);
  const upgraded = upgradeStaffingMatrix(read.value, {
    older: older.index,
    newer: newer.index,
    others,
    locale: context.locale,
  });
  if (!upgraded.ok) return fail(context, upgraded.error.message);

  await writeFile(values.out, await replaceSheet(bytes, found.sheet.name, upgraded.value.plan));
  const { summary } = upgraded.value;
  const line = (key: keyof typeof SUMMARY_LABELS, codes: string[]) =>
    `  ${pick(SUMMARY_LABELS[key], context.locale)}\t${codes.length}\t${codes.join(" ")}\n`;
  context.stdout.write(
    `${values.out}\n  ${found.sheet.name}: ${olderCode} → ${newer.standard.code}\n` +
      line("kept", summary.kept) +
      line("carried", summary.carried) +
      line("review", summary.review) +
      line("archived", summary.archived) +
      line("added", summary.added),
  );
  return 0;
};

import { readFile, writeFile } from "node:fs/promises";
import {
  ASSESSMENT_TABLE_NAME,
  DERIVED_TABLE_NAME,
  ratingSourceOf,
  readAssessment,
  TRAINING_TABLE_NAME,
  upgradeWorkbookInCatalog,
  type AssessmentToMove,
} from "../../layout/assessment";
import { MATRIX_TABLE_NAME, readStaffingMatrix, type UpgradeSummary } from "../../layout/staffing-matrix";
import { cellAddress } from "../../layout";
import { pick, type LocalizedText } from "../../model";
import { readWorkbookSheets, replaceSheets, type ReadSheet } from "../../xlsx";
import { catalogWith } from "../catalog";
import { UsageError, type CliContext, type Command } from "../io";
import { parseCommandArgs } from "../options";
import { overwritesInput } from "../output";
import { LOAD_OPTION, missingOutError, OUT_XLSX_OPTION } from "./shared-options";

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

const OPTIONS = {
  load: LOAD_OPTION,
  sheet: {
    type: "string",
    value: "NAME",
    help: {
      zh: "矩陣所在的工作表（省略時找含人員職能矩陣表格的工作表）。",
      en: "the sheet holding the matrix (by default the one with the staffing-matrix table).",
    },
  },
  to: {
    type: "string",
    value: "REF",
    help: { zh: "要移到的版本（必填）。", en: "the version to move to (required)." },
  },
  out: OUT_XLSX_OPTION,
} as const;

/**
 * `matrix-upgrade IN.xlsx --to REF --out OUT.xlsx`: the staffing matrix of IN (the sheet with the
 * StaffingMatrix table, or --sheet) rebuilt on the version REF names, ratings carried by unit;
 * with its assessment, derived levels and training needs when the file holds them (marks carried
 * by indicator); every other sheet kept. Prints what happened to the units (and indicators); a
 * matrix or version that cannot be
 * found prints why and exits 2.
 */
export const matrixUpgradeCommand: Command = {
  synopsis: ["matrix-upgrade [--load FILE]… [--sheet NAME] IN.xlsx --to REF --out OUT.xlsx"],
  summary: {
    zh: "把人員職能矩陣移到其職能基準的另一個版本，保留評分；改名或級別變更的單位標示待複核，移除的單位封存在右側。",
    en: "moves a staffing matrix to another version of its standard, keeping ratings; renamed or level-changed units are flagged for review, removed ones archived at the right.",
  },
  options: OPTIONS,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs("matrix-upgrade", args, OPTIONS);
    const [input, ...extra] = positionals;
    if (input === undefined || extra.length > 0)
      throw new UsageError({
        zh: "matrix-upgrade：請給一個 IN.xlsx。",
        en: "matrix-upgrade: give one IN.xlsx.",
      });
    if (!values.to)
      throw new UsageError({
        zh: "matrix-upgrade：必須指定 --to REF。",
        en: "matrix-upgrade: --to REF is required.",
      });
    if (!values.out) throw missingOutError("matrix-upgrade");
    const overwrites = overwritesInput(input, values.out);
    if (overwrites) {
      context.stderr.write(`${pick(overwrites, context.locale)}\n`);
      return 64;
    }

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

    const withAssessment = assessmentOf(sheets, found.sheet);
    const upgraded = upgradeWorkbookInCatalog(read.value, catalog, newer, {
      locale: context.locale,
      ...(withAssessment ? { assessment: withAssessment } : {}),
    });
    if (!upgraded.ok) return fail(context, upgraded.error.message);

    const { plans, summary, indicators } = upgraded.value;
    await writeFile(
      values.out,
      await replaceSheets(
        bytes,
        // The matrix keeps its sheet's name; the assessment's plans carry theirs.
        plans.map((plan, i) => ({ name: i === 0 ? found.sheet.name : plan.name, plan })),
      ),
    );
    const line = (key: keyof typeof SUMMARY_LABELS, codes: string[]) =>
      `  ${pick(SUMMARY_LABELS[key], context.locale)}\t${codes.length}\t${codes.join(" ")}\n`;
    const lines = (moved: UpgradeSummary) =>
      (Object.keys(SUMMARY_LABELS) as (keyof typeof SUMMARY_LABELS)[]).map((k) => line(k, moved[k])).join("");
    context.stdout.write(
      `${values.out}\n  ${found.sheet.name}: ${upgraded.value.from} → ${newer.standard.code}\n` +
        lines(summary) +
        (indicators && withAssessment
          ? `  ${withAssessment.sheetNames.assessment}: ${pick(INDICATORS_LABEL, context.locale)}\n` +
            lines(indicators)
          : ""),
    );
    return 0;
  },
};

const INDICATORS_LABEL: LocalizedText = { zh: "行為指標", en: "behaviour indicators" };

/**
 * The assessment sheets of the workbook: a sheet with each of the assessment, derived levels and
 * training needs tables (the move refuses an assessment whose people are not the matrix's).
 */
function assessmentOf(sheets: ReadSheet[], matrixSheet: ReadSheet): AssessmentToMove | null {
  const holding = (prefix: string) =>
    sheets.flatMap((sheet) =>
      sheet.tables.filter((t) => t.name.startsWith(prefix)).map((table) => ({ sheet, table })),
    )[0];
  const assessment = holding(ASSESSMENT_TABLE_NAME);
  const derived = holding(DERIVED_TABLE_NAME);
  const training = holding(TRAINING_TABLE_NAME);
  if (!assessment || !derived || !training) return null;
  const read = readAssessment(assessment.sheet.values, assessment.table.range);
  return {
    read,
    rating: ratingSourceOf(matrixSheet.values),
    sheetNames: {
      matrix: matrixSheet.name,
      assessment: assessment.sheet.name,
      derived: derived.sheet.name,
      training: training.sheet.name,
    },
  };
}

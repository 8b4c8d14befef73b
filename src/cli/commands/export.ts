import type { CatalogEntry } from "../../catalog";
import { buildDataSheet, buildStandardSheet, type SheetPlan } from "../../layout";
import { buildAssessmentWorkbook } from "../../layout/assessment";
import { buildStaffingMatrix, type UnitKind } from "../../layout/staffing-matrix";
import { ok, pick, type Result, type Standard } from "../../model";
import { withCustomXmlParts, writeWorkbook } from "../../xlsx";
import { catalogWith } from "../catalog";
import { UsageError, type CliContext, type Command } from "../io";
import { parseCommandArgs } from "../options";
import { checkOutExtension, outPathProblem, writeOut } from "../output";
import { standardPartXml, STANDARDS_NAMESPACE } from "../workbook-parts";
import { changesSheetPlan } from "./export-diff";
import { LOAD_OPTION } from "./shared-options";

const OPTIONS = {
  load: LOAD_OPTION,
  standard: {
    type: "string",
    multiple: true,
    value: "REF",
    help: {
      zh: "只匯出這個職能基準（代碼含版本、不含版本為最新版，或名稱），可重複；省略時匯出全部已載入的。",
      en: "exports only this standard (a code with version, without for the newest, or the name); repeatable; all loaded ones when omitted.",
    },
  },
  out: {
    type: "string",
    value: "FILE.xlsx",
    help: {
      zh: "要寫入的 .xlsx 檔案（必填；資料夾必須已存在）。",
      en: "the .xlsx file to write (required; its folder must exist).",
    },
  },
  data: {
    type: "boolean",
    help: { zh: "另加整齊的資料工作表。", en: "adds the tidy data sheet." },
  },
  matrix: {
    type: "boolean",
    help: {
      zh: "改為寫出這些職能基準的人力職能矩陣。",
      en: "writes a staffing matrix of those standards instead.",
    },
  },
  units: {
    type: "string",
    value: "tasks|ks",
    help: {
      zh: "矩陣的評分單位：tasks（工作任務，預設）或 ks（知識與技能）。",
      en: "the matrix's rated units: tasks (the default) or ks (knowledge and skill items).",
    },
  },
  people: {
    type: "string",
    value: "N",
    help: {
      zh: "矩陣的空白人員列數，1 到 5000（預設 10）。",
      en: "the matrix's empty people rows, 1 to 5000 (default 10).",
    },
  },
  names: {
    type: "string",
    value: "A,B,C",
    help: {
      zh: "矩陣的人員姓名，以逗號或頓號分隔（取代 --people）。",
      en: "the matrix's people by name, separated by commas (instead of --people).",
    },
  },
  assessment: {
    type: "boolean",
    help: {
      zh: "另加行為指標評核、推得的職能等級與培訓需求工作表（僅限 --units tasks）。",
      en: "adds the behaviour-indicator assessment, derived levels and training-needs sheets (--units tasks only).",
    },
  },
  rating: {
    type: "string",
    value: "derived|typed",
    help: {
      zh: "矩陣的評分：derived（由評核推得）或 typed（自行輸入，預設）；需要 --assessment。",
      en: "the matrix's ratings: derived (from the assessment) or typed (the default); needs --assessment.",
    },
  },
  diff: {
    type: "boolean",
    help: {
      zh: "改為寫出兩個版本（OLD NEW）的變更工作表。",
      en: "writes the changes sheet of two versions (OLD NEW) instead.",
    },
  },
} as const;

function usage(zh: string, en: string): UsageError {
  return new UsageError({ zh: `export：${zh}`, en: `export: ${en}` });
}

/**
 * `export [--load FILE]… [--standard REF]… [--data] --out FILE.xlsx`: one formatted sheet per
 * standard (every loaded one when none is named), plus the tidy data sheet with --data.
 * `export --matrix …`: a staffing matrix of those standards instead, with --assessment also the
 * indicator assessment, derived levels and training needs (tasks only).
 * `export --diff OLD NEW …`: the changes sheet of two versions.
 * The file carries the standards it shows in the add-in's custom XML parts. Prints the file and
 * its sheets; an unknown reference or a bad matrix option prints its message and exits 2; an
 * --out that cannot be written exits 73 before any work is done.
 */
export const exportCommand: Command = {
  synopsis: [
    "export [--load FILE]… [--standard REF]… [--data] --out FILE.xlsx",
    "export --matrix [--standard REF]… [--units tasks|ks] [--people N | --names A,B,C] [--assessment [--rating derived|typed]] [--data] --out FILE.xlsx",
    "export --diff [--load FILE]… OLD NEW --out FILE.xlsx",
  ],
  summary: {
    zh: "寫出與增益集插入相同的格式化工作表（每個職能基準一張），或以 --matrix 寫出人力職能矩陣，或以 --diff 寫出兩個版本的變更工作表；檔案也帶著這些職能基準。",
    en: "writes the formatted sheets the add-in inserts (one per standard), a staffing matrix with --matrix, or the changes sheet of two versions with --diff; the file also carries those standards.",
  },
  options: OPTIONS,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs("export", args, OPTIONS);
    const { locale } = context;
    if (positionals.length > 0 && !values.diff)
      throw usage(`多出的引數「${positionals[0]}」。`, `unexpected argument ${positionals[0]}.`);
    const out = values.out;
    if (!out) throw usage("必須指定 --out FILE.xlsx。", "--out FILE.xlsx is required.");
    checkOutExtension("export", out, ".xlsx");
    const units = values.units ?? "tasks";
    if (units !== "tasks" && units !== "ks")
      throw usage(
        `--units 必須是 tasks 或 ks（收到「${units}」）。`,
        `--units is tasks or ks (got "${units}").`,
      );
    const rating = values.rating ?? "typed";
    if (rating !== "derived" && rating !== "typed")
      throw usage(
        `--rating 必須是 derived 或 typed（收到「${rating}」）。`,
        `--rating is derived or typed (got "${rating}").`,
      );
    if (values.rating && !values.assessment)
      throw usage(
        "--rating 需要 --assessment（等級由評核推得）。",
        "--rating needs --assessment (levels are derived from it).",
      );
    if (values.assessment && units !== "tasks")
      throw usage(
        "--assessment 評核的是工作任務（其行為指標），不能與 --units ks 併用。",
        "--assessment rates tasks (their behaviour indicators), not --units ks.",
      );
    if (values.names !== undefined && values.people !== undefined)
      throw usage(
        "請給 --people N 或 --names A,B,C，不要兩者都給。",
        "give --people N or --names A,B,C, not both.",
      );
    const names = values.names === undefined ? undefined : listedNames(values.names);
    if (names?.length === 0) throw usage("--names 沒有列出任何姓名。", "--names lists no names.");
    const unwritable = await outPathProblem(out);
    if (unwritable) {
      context.stderr.write(`${pick(unwritable, locale)}\n`);
      return 73;
    }

    const catalog = await catalogWith(values.load ?? [], context);
    if (!catalog) return 1;
    if (values.diff) {
      const plan = changesSheetPlan(catalog, positionals, context);
      if (!plan.ok) {
        context.stderr.write(`${pick(plan.error.message, locale)}\n`);
        return 2;
      }
      return save([plan.value.plan], plan.value.standards, out, context);
    }
    const references = values.standard ?? [];
    const entries: CatalogEntry[] = [];
    for (const reference of references) {
      const resolved = catalog.resolve(reference);
      if (!resolved.ok) {
        context.stderr.write(`${reference}: ${pick(resolved.error.message, locale)}\n`);
        return 2;
      }
      if (!entries.includes(resolved.value)) entries.push(resolved.value);
    }
    if (references.length === 0) entries.push(...catalog.entries());
    const standards = entries.map((e) => e.standard);

    const plans: SheetPlan[] = [];
    if (values.matrix) {
      const people = names ?? Number(values.people ?? 10);
      const built = values.assessment
        ? buildAssessmentWorkbook({ standards, people, rating, locale })
        : mapResult(buildStaffingMatrix({ standards, units: units satisfies UnitKind, people, locale }));
      if (!built.ok) {
        context.stderr.write(`${pick(built.error.message, locale)}\n`);
        return 2;
      }
      plans.push(...built.value);
    } else {
      plans.push(
        ...entries.map((entry) => buildStandardSheet(entry.standard, { locale, index: entry.index })),
      );
    }
    if (values.data) plans.push(buildDataSheet(standards, { locale }));
    return save(plans, standards, out, context);
  },
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
  const failed = await writeOut(out, withCustomXmlParts(written.bytes, parts, [STANDARDS_NAMESPACE]));
  if (failed) {
    context.stderr.write(`${pick(failed, context.locale)}\n`);
    return 73;
  }
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

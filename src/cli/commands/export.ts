import type { CatalogEntry } from "../../catalog";
import { buildDataSheet, buildStandardSheet, type SheetPlan } from "../../layout";
import { buildStaffingMatrix, type UnitKind } from "../../layout/staffing-matrix";
import { pick } from "../../model";
import { writeWorkbook } from "../../xlsx";
import { catalogWith } from "../catalog";
import { UsageError, type Command } from "../io";
import { parseCommandArgs } from "../options";
import { checkOutExtension, outPathProblem, writeOut } from "../output";
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
} as const;

/**
 * `export [--load FILE]… [--standard REF]… [--data] --out FILE.xlsx`: one formatted sheet per
 * standard (every loaded one when none is named), plus the tidy data sheet with --data.
 * `export --matrix …`: a staffing matrix of those standards instead. Prints the file and its
 * sheets; an unknown reference or a bad matrix option prints its message and exits 2; an --out
 * that cannot be written exits 73 before any work is done.
 */
export const exportCommand: Command = {
  synopsis: [
    "export [--load FILE]… [--standard REF]… [--data] --out FILE.xlsx",
    "export --matrix [--standard REF]… [--units tasks|ks] [--people N] [--data] --out FILE.xlsx",
  ],
  summary: {
    zh: "寫出與增益集插入相同的格式化工作表（每個職能基準一張），或以 --matrix 寫出人力職能矩陣。",
    en: "writes the formatted sheets the add-in inserts (one per standard), or a staffing matrix with --matrix.",
  },
  options: OPTIONS,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs("export", args, OPTIONS);
    const { locale } = context;
    if (positionals.length > 0)
      throw new UsageError({
        zh: `export：多出的引數「${positionals[0]}」。`,
        en: `export: unexpected argument ${positionals[0]}.`,
      });
    const out = values.out;
    if (!out)
      throw new UsageError({
        zh: "export：必須指定 --out FILE.xlsx。",
        en: "export: --out FILE.xlsx is required.",
      });
    checkOutExtension("export", out, ".xlsx");
    const units = values.units ?? "tasks";
    if (units !== "tasks" && units !== "ks")
      throw new UsageError({
        zh: `export：--units 必須是 tasks 或 ks（收到「${units}」）。`,
        en: `export: --units is tasks or ks (got "${units}").`,
      });
    const unwritable = await outPathProblem(out);
    if (unwritable) {
      context.stderr.write(`${pick(unwritable, locale)}\n`);
      return 73;
    }

    const catalog = await catalogWith(values.load ?? [], context);
    if (!catalog) return 1;
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

    const plans: SheetPlan[] = [];
    if (values.matrix) {
      const matrix = buildStaffingMatrix({
        standards: entries.map((e) => e.standard),
        units: units satisfies UnitKind,
        people: Number(values.people ?? 10),
        locale,
      });
      if (!matrix.ok) {
        context.stderr.write(`${pick(matrix.error.message, locale)}\n`);
        return 2;
      }
      plans.push(matrix.value);
    } else {
      plans.push(
        ...entries.map((entry) => buildStandardSheet(entry.standard, { locale, index: entry.index })),
      );
    }
    if (values.data)
      plans.push(
        buildDataSheet(
          entries.map((e) => e.standard),
          { locale },
        ),
      );
    const written = await writeWorkbook(plans);
    const failed = await writeOut(out, written.bytes);
    if (failed) {
      context.stderr.write(`${pick(failed, locale)}\n`);
      return 73;
    }
    context.stdout.write(`${out}\n${written.sheets.map((sheet) => `  ${sheet.name}`).join("\n")}\n`);
    return 0;
  },
};

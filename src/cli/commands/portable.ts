import { readFile, stat, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { callFunction, FUNCTION_NAMES } from "../../functions/dispatch";
import { buildPortableSheets } from "../../layout/portable-sheets";
import { cellAddress } from "../../layout";
import { pick, type LocalizedText } from "../../model";
import {
  analyzeFormula,
  findCompetencyCalls,
  parseCellReference,
  parseRangeSize,
  translateFormula,
  unreadableCallsProblem,
  portableNeeds,
  PORTABLE_NAMESPACE,
  toFileFormula,
  type ArgumentValue,
  type OriginalFormula,
  type PortableFormula,
  type PortableRecord,
} from "../../portable";
import { addSheets, withCustomXmlParts, withWebExtensionsOf } from "../../xlsx";
import { catalogWith } from "../catalog";
import { UsageError, type Command, type CliContext } from "../io";
import { parseCommandArgs } from "../options";
import { overwritesInput } from "../output";
import { LOAD_OPTION, missingOutError, OUT_XLSX_OPTION } from "./shared-options";
import { MAX_FILE_BYTES } from "../../read";
import {
  addCarriedStandards,
  partXml,
  readWorkbookParts,
  standardPartXml,
  STANDARDS_NAMESPACE,
} from "../workbook-parts";

/** A formula entered over a range (a legacy array formula, or a dynamic array as Excel saves it); ExcelJS reads and writes it, its typings omit it. */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  shareType?: "array" | "shared";
  ref?: string;
}

/** A cell's value as a function argument: a formula's cached result, rich text's text; undefined when it is neither. */
function argumentValue(value: ExcelJS.CellValue): ArgumentValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return undefined;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    return typeof result === "string" || typeof result === "number" || typeof result === "boolean"
      ? result
      : null;
  }
  return undefined;
}

interface Rewrite {
  sheet: ExcelJS.Worksheet;
  address: string;
  row: number;
  col: number;
  original: string;
  originalRange: string | undefined;
  analysis: PortableFormula;
}

const SUMMARY = {
  rewritten: { zh: "改寫的呼叫：", en: "Calls rewritten:" },
  added: { zh: "新增的工作表：", en: "Sheets added:" },
  none: { zh: "活頁簿中沒有 COMPETENCY 公式。", en: "The workbook has no COMPETENCY formulas." },
  left: { zh: "未改寫（保留原公式）：", en: "Left as they were:" },
  spill: {
    zh: "結果下方或右方的儲存格不是空的。",
    en: "the cells the result fills below or to the right are not empty.",
  },
} satisfies Record<string, LocalizedText>;

const OPTIONS = {
  load: LOAD_OPTION,
  default: {
    type: "string",
    value: "REF",
    help: {
      zh: "活頁簿的預設職能基準（取代活頁簿儲存的設定）。",
      en: "the workbook's default standard (overrides the one the workbook stores).",
    },
  },
  out: OUT_XLSX_OPTION,
} as const;

/**
 * `portable IN.xlsx --out OUT.xlsx [--load FILE]… [--default REF]`: every COMPETENCY formula of
 * every sheet (typed, as Excel saves it, or linked after an add-in conflict) becomes a native
 * formula over the data sheet and lookup sheet it adds; the originals are kept in a custom XML
 * part. IN is never overwritten. A call that cannot be resolved is named on stderr with exit 2;
 * its cell is left as it was and the file is still written.
 */
export const portableCommand: Command = {
  synopsis: ["portable IN.xlsx --out OUT.xlsx [--load FILE]… [--default REF]"],
  summary: {
    zh: "把每個 COMPETENCY 公式改寫成不需增益集也能計算的原生公式，並加入所需的資料與查詢工作表；原公式保存在活頁簿中。",
    en: "rewrites every COMPETENCY formula into native formulas that work without the add-in, adding the data and lookup sheets they read; the originals are kept in the workbook.",
  },
  options: OPTIONS,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs("portable", args, OPTIONS);
    const [input, ...extra] = positionals;
    if (!input)
      throw new UsageError({ zh: "portable：沒有指定 IN.xlsx。", en: "portable: no IN.xlsx given." });
    if (extra.length > 0)
      throw new UsageError({
        zh: `portable：多出的引數「${extra[0]}」。`,
        en: `portable: unexpected argument ${extra[0]}.`,
      });
    const out = values.out;
    if (!out) throw missingOutError("portable");
    const { locale } = context;
    const overwrites = overwritesInput(input, out);
    if (overwrites) {
      context.stderr.write(`${pick(overwrites, locale)}\n`);
      return 64;
    }
    if ((await stat(input)).size > MAX_FILE_BYTES) {
      context.stderr.write(`${input}: ${pick({ zh: "檔案過大。", en: "the file is too large." }, locale)}\n`);
      return 1;
    }
    const bytes = new Uint8Array(await readFile(input));
    const parts = readWorkbookParts(input, bytes, context);
    const catalog = await catalogWith(values.load ?? [], context);
    if (!catalog) return 1;
    addCarriedStandards(catalog, parts.standards);
    const defaultStandard = values.default ?? parts.defaultStandard;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    restoreOriginals(workbook, parts.record);

    workbook.worksheets.forEach(unshareCompetencyFormulas);
    const functionContext = { catalog, defaultStandard, locale };
    const rewrites: Rewrite[] = [];
    const unresolved: string[] = [];
    for (const sheet of workbook.worksheets) {
      const valueOf = (reference: string): ArgumentValue | undefined => {
        const cell = parseCellReference(reference);
        const target = cell && workbook.getWorksheet(cell.sheet ?? sheet.name);
        return target ? argumentValue(target.getCell(cell.row + 1, cell.col + 1).value) : undefined;
      };
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const original = `=${cell.formula}`;
          const analysis = analyzeFormula(original, {
            catalog,
            defaultStandard,
            valueOf,
            functionIds: FUNCTION_NAMES,
            evaluate: (id, callArgs) => callFunction(id, callArgs, functionContext),
          });
          const name = `${sheet.name}!${cell.address}`;
          if (analysis.kind === "unresolved")
            unresolved.push(`  ${name}: ${analysis.problems.map((p) => pick(p, locale)).join("；")}`);
          const unreadable =
            analysis.kind === "none" ? unreadableCallsProblem(original, FUNCTION_NAMES) : null;
          if (unreadable) unresolved.push(`  ${name}: ${pick(unreadable, locale)}`);
          if (analysis.kind !== "portable") return;
          const value = cell.value as ArrayFormulaValue;
          const originalRange =
            value.shareType === "array" && value.ref !== cell.address ? value.ref : undefined;
          rewrites.push({
            sheet,
            address: cell.address,
            row: Number(cell.row),
            col: Number(cell.col),
            original,
            originalRange,
            analysis,
          });
        }),
      );
    }
    if (rewrites.length === 0 && unresolved.length === 0) {
      context.stdout.write(`${pick(SUMMARY.none, locale)}\n`);
    }

    const needs = portableNeeds(
      rewrites.map((r) => r.analysis),
      catalog,
    );
    const { standards } = needs;
    const { plans, ranges } = buildPortableSheets({
      catalog,
      ...needs,
      defaultStandard,
      locale,
      existingSheetNames: workbook.worksheets.map((s) => s.name),
    });

    const counts: Record<string, number> = {};
    const originals: OriginalFormula[] = [];
    for (const rewrite of rewrites) {
      const { sheet, analysis } = rewrite;
      const original = sizeOf(rewrite.originalRange);
      const rows = Math.max(analysis.size.rows, original.rows);
      const columns = Math.max(analysis.size.columns, original.columns);
      const end = cellAddress(rewrite.row - 1 + rows - 1, rewrite.col - 1 + columns - 1);
      if (!spillAreaFree(sheet, rewrite, rows, columns)) {
        unresolved.push(`  ${sheet.name}!${rewrite.address}: ${pick(SUMMARY.spill, locale)}`);
        continue;
      }
      const range = rows * columns > 1 ? `${rewrite.address}:${end}` : rewrite.address;
      const native = toFileFormula(analysis.render(ranges));
      sheet.getCell(rewrite.address).value = arrayFormula(native, range);
      originals.push({
        sheet: sheet.name,
        address: rewrite.address,
        ...(rewrite.originalRange ? { range: rewrite.originalRange } : {}),
        formula: rewrite.original,
        native: `=${native}`,
      });
      for (const [id, n] of Object.entries(analysis.counts)) counts[id] = (counts[id] ?? 0) + n;
    }

    const added = rewrites.length > 0 ? addSheets(workbook, plans) : [];
    workbook.calcProperties.fullCalcOnLoad = true;
    const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const record = { sheets: added.map((s) => s.name), formulas: originals };
    // Every standard the workbook carried stays; the ones its formulas read come along.
    const carried = catalog
      .entries()
      .filter((e) => e.source === "workbook" || standards.has(e.standard.code));
    const withParts = withCustomXmlParts(
      withWebExtensionsOf(bytes, written),
      [
        ...carried.map((e) => standardPartXml(e.standard)),
        ...(record.formulas.length > 0
          ? [partXml(PORTABLE_NAMESPACE, "portable", JSON.stringify(record))]
          : []),
      ],
      [STANDARDS_NAMESPACE, PORTABLE_NAMESPACE],
    );
    await writeFile(out, withParts);
    report(
      context,
      out,
      counts,
      added.map((s) => s.name),
      unresolved,
    );
    return unresolved.length > 0 ? 2 : 0;
  },
};

interface SharedFormulaValue {
  sharedFormula: string;
  result?: ExcelJS.CellFormulaValue["result"];
}

/**
 * A COMPETENCY formula filled down is saved once, shared by the cells below: each of those cells
 * gets its own formula (its references moved as Excel moves them), so each can be rewritten.
 * ExcelJS's own translation also moves code-like text inside strings ("INM2521"), so it is not used.
 */
function unshareCompetencyFormulas(sheet: ExcelJS.Worksheet): void {
  const masters = new Set<ExcelJS.Cell>();
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as SharedFormulaValue | null;
      if (!value || typeof value !== "object" || !("sharedFormula" in value)) return;
      const master = sheet.getCell(value.sharedFormula);
      const formula = (master.value as ExcelJS.CellFormulaValue).formula;
      if (findCompetencyCalls(formula, FUNCTION_NAMES).calls.length === 0) return;
      const moved = translateFormula(
        formula,
        Number(cell.row) - Number(master.row),
        Number(cell.col) - Number(master.col),
      );
      cell.value = { formula: moved, ...(value.result === undefined ? {} : { result: value.result }) };
      masters.add(master);
    }),
  );
  for (const master of masters) {
    const { formula, result } = master.value as ExcelJS.CellFormulaValue;
    master.value = { formula, ...(result === undefined ? {} : { result }) };
  }
}

function arrayFormula(formula: string, ref: string): ExcelJS.CellFormulaValue {
  return { formula, shareType: "array", ref } satisfies ArrayFormulaValue as ExcelJS.CellFormulaValue;
}

/**
 * Undoes an earlier rewrite before this one: each cell still holding the native formula written
 * there gets its original back, and the sheets that rewrite added go (this one adds them anew).
 */
function restoreOriginals(workbook: ExcelJS.Workbook, record: PortableRecord | null): void {
  for (const original of record?.formulas ?? []) {
    const cell = workbook.getWorksheet(original.sheet)?.getCell(original.address);
    if (cell?.type !== ExcelJS.ValueType.Formula || `=${cell.formula}` !== original.native) continue;
    const formula = original.formula.slice(1);
    cell.value = original.range ? arrayFormula(formula, original.range) : { formula };
  }
  for (const name of record?.sheets ?? []) {
    const previous = workbook.getWorksheet(name);
    if (previous) workbook.removeWorksheet(previous.id);
  }
}

function sizeOf(range: string | undefined): { rows: number; columns: number } {
  return (range && parseRangeSize(range)) || { rows: 1, columns: 1 };
}

/** The cells a result fills, other than its own: empty, or part of the array it already filled. */
function spillAreaFree(sheet: ExcelJS.Worksheet, rewrite: Rewrite, rows: number, columns: number): boolean {
  const inOriginal = sizeOf(rewrite.originalRange);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (r === 0 && c === 0) continue;
      if (r < inOriginal.rows && c < inOriginal.columns) continue;
      const value = sheet.getCell(rewrite.row + r, rewrite.col + c).value;
      if (value !== null && value !== undefined && value !== "") return false;
    }
  }
  return true;
}

function report(
  context: CliContext,
  out: string,
  counts: Record<string, number>,
  added: readonly string[],
  unresolved: readonly string[],
): void {
  const { locale } = context;
  const lines = [out];
  const ids = Object.keys(counts).sort();
  if (ids.length > 0) {
    lines.push(pick(SUMMARY.rewritten, locale));
    for (const id of ids) lines.push(`  COMPETENCY.${id}: ${counts[id]}`);
  }
  if (added.length > 0) lines.push(pick(SUMMARY.added, locale), ...added.map((name) => `  ${name}`));
  context.stdout.write(`${lines.join("\n")}\n`);
  if (unresolved.length > 0)
    context.stderr.write(`${pick(SUMMARY.left, locale)}\n${unresolved.join("\n")}\n`);
}

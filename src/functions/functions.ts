/**
 * The COMPETENCY custom functions as Excel sees them. custom-functions-metadata-plugin reads the
 * JSDoc tags below to generate functions.json; each function only forwards to callFunction, the
 * same code the CLI runs. This file is the edge: the only one that touches CustomFunctions.
 */
import { pick, type CoreError, type Locale, type Result } from "../model";
import type { RawArgument } from "./arguments";
import { callFunction } from "./dispatch";
import { excelErrorCode, type FunctionContext, type FunctionValue } from "./values";

/** Excel limits an error message's length. */
const MAX_MESSAGE = 250;

let served: Promise<FunctionContext> | null = null;
/** The context once `served` has settled: from then on every call answers without waiting. */
let ready: FunctionContext | null = null;

/** Where every call gets its context (catalog, default standard, language): set once by the runtime. */
export function serveFunctionsFrom(context: Promise<FunctionContext>): void {
  served = context;
  void context.then((settled) => (ready = settled));
}

/** One Excel error per core error: answers are kept, and so are the errors made of them. */
const excelErrors = new WeakMap<CoreError, Map<Locale, CustomFunctions.Error>>();

function excelError(error: CoreError, locale: Locale): CustomFunctions.Error {
  let byLocale = excelErrors.get(error);
  if (!byLocale) excelErrors.set(error, (byLocale = new Map()));
  let made = byLocale.get(locale);
  if (!made) {
    const code =
      excelErrorCode(error) === "#VALUE!"
        ? CustomFunctions.ErrorCode.invalidValue
        : CustomFunctions.ErrorCode.notAvailable;
    made = new CustomFunctions.Error(code, pick(error.message, locale).slice(0, MAX_MESSAGE));
    byLocale.set(locale, made);
  }
  return made;
}

/**
 * One settled promise per answer and language: a sheet's many identical calls share it, and an
 * error's rejection is tracked as unhandled once, not at every call that repeats it.
 */
const promised = new WeakMap<Result<FunctionValue>, { locale: Locale; promise: Promise<FunctionValue> }>();

function answer<T extends FunctionValue>(
  context: FunctionContext,
  name: string,
  args: RawArgument[],
): Promise<T> {
  const result = callFunction(name, args, context);
  let settled = promised.get(result);
  if (settled?.locale !== context.locale) {
    const promise = result.ok
      ? Promise.resolve(result.value)
      : Promise.reject(excelError(result.error, context.locale));
    settled = { locale: context.locale, promise };
    promised.set(result, settled);
  }
  return settled.promise as Promise<T>;
}

function run<T extends FunctionValue>(name: string, ...args: RawArgument[]): Promise<T> {
  if (ready) return answer<T>(ready, name, args);
  if (!served) {
    return Promise.reject(
      new CustomFunctions.Error(
        CustomFunctions.ErrorCode.notAvailable,
        "The add-in's functions have not started. 增益集的函數尚未啟動。",
      ),
    );
  }
  return served.then((context) => answer<T>(context, name, args));
}

/* eslint-disable @typescript-eslint/no-explicit-any -- functions.json knows only string, number, boolean and any cells */

/**
 * Knowledge items (K) of a task, in document order: rows of code and name. 工作任務的知識項目。
 * @customfunction KNOWLEDGE
 * @param task Task code, e.g. "T2.2". 工作任務代碼
 * @param [standard] Standard code (INM2521-001v2, or without version for the newest) or name; the workbook's default when omitted. 職能基準
 * @returns Rows of [K code, name].
 */
export function knowledge(task: string, standard?: string): Promise<string[][]> {
  return run("KNOWLEDGE", task, standard);
}

/**
 * Skill items (S) of a task, in document order: rows of code and name. 工作任務的技能項目。
 * @customfunction SKILLS
 * @param task Task code, e.g. "T2.2". 工作任務代碼
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns Rows of [S code, name].
 */
export function skills(task: string, standard?: string): Promise<string[][]> {
  return run("SKILLS", task, standard);
}

/**
 * Outputs (O) of a task: rows of code and name. 工作任務的工作產出。
 * @customfunction OUTPUTS
 * @param task Task code, e.g. "T2.2". 工作任務代碼
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns Rows of [O code, name].
 */
export function outputs(task: string, standard?: string): Promise<string[][]> {
  return run("OUTPUTS", task, standard);
}

/**
 * Behaviour indicators (P) of a task: rows of code and text. 工作任務的行為指標。
 * @customfunction INDICATORS
 * @param task Task code, e.g. "T2.2". 工作任務代碼
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns Rows of [P code, text].
 */
export function indicators(task: string, standard?: string): Promise<string[][]> {
  return run("INDICATORS", task, standard);
}

/**
 * Competency level: of a task its highest level, of an indicator the level of its block. 職能級別。
 * @customfunction LEVEL
 * @param code Any code: task, duty, output, indicator, K or S. 代碼
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns The level, 1 to 7.
 */
export function level(code: string, standard?: string): Promise<number> {
  return run("LEVEL", code, standard);
}

/**
 * Attitudes (A): rows of code, name and description. 態度。
 * @customfunction ATTITUDES
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns Rows of [A code, name, description].
 */
export function attitudes(standard?: string): Promise<string[][]> {
  return run("ATTITUDES", standard);
}

/**
 * Duties (主要職責): rows of code and name.
 * @customfunction DUTIES
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns Rows of [T code, name].
 */
export function duties(standard?: string): Promise<string[][]> {
  return run("DUTIES", standard);
}

/**
 * Tasks (工作任務), optionally only those with a block at a level: rows of code, name, duty, level.
 * @customfunction TASKS
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @param [level] Only tasks with a block at this level, 1 to 7. 職能級別
 * @returns Rows of [task code, task name, duty code, level].
 */
export function tasks(standard?: string, level?: number): Promise<any[][]> {
  return run("TASKS", standard, level);
}

/**
 * The name of any code (for an indicator, its text). 代碼的名稱。
 * @customfunction NAME
 * @param code Any code: T, O, P, K, S or A. 代碼
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns The name or text.
 */
export function name(code: string, standard?: string): Promise<string> {
  return run("NAME", code, standard);
}

/**
 * Tasks whose level blocks list a knowledge or skill code: rows of task code and name. 需要此知識或技能的工作任務。
 * @customfunction REQUIREDBY
 * @param code A K or S code, e.g. "K08". 知識或技能代碼
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns Rows of [task code, task name].
 */
export function requiredBy(code: string, standard?: string): Promise<string[][]> {
  return run("REQUIREDBY", code, standard);
}

/**
 * Texts containing a word, in every loaded standard unless one is named: rows of standard, kind, code, text. 搜尋。
 * @customfunction SEARCH
 * @param text The text to find (case- and width-insensitive). 搜尋文字
 * @param [standard] Only this standard. 職能基準
 * @returns Rows of [standard code, kind T/O/P/K/S/A, code, text].
 */
export function search(text: string, standard?: string): Promise<string[][]> {
  return run("SEARCH", text, standard);
}

/**
 * The loaded standards: rows of code, name, benchmark level, latest update date, status. 已載入的職能基準。
 * @customfunction STANDARDS
 * @returns Rows of [code, name, benchmark level, updated, status].
 */
export function standardsList(): Promise<any[][]> {
  return run("STANDARDS");
}

/**
 * A header field of a standard: code, name, level, description, category, category_code, occupation, occupation_code, industry, industry_code, updated, status. 基本資料欄位。
 * @customfunction INFO
 * @param field The field name, e.g. "level". 欄位
 * @param [standard] Standard code or name; the workbook's default when omitted. 職能基準
 * @returns The field's value.
 */
export function info(field: string, standard?: string): Promise<any> {
  return run("INFO", field, standard);
}

/**
 * What changed from one version of a standard to another: rows of kind, old code, new code, change, before, after, in the new version's order, then the removed ones. 兩個版本之間的變更。
 * @customfunction CHANGES
 * @param older The older version, e.g. "INM2521-001v1". 舊版職能基準
 * @param newer The newer version, e.g. "INM2521-001v2". 新版職能基準
 * @returns Rows of [kind T/O/P/K/S/A, old code, new code, change, before, after].
 */
export function changes(older: string, newer: string): Promise<string[][]> {
  return run("CHANGES", older, newer);
}

import { INFO_FIELD_NAMES, INFO_FIELDS, type CatalogEntry, type CodeEntry, type TaskRef } from "../catalog";
import { changeRow, compareReferences } from "../compare";
import { invalidArgument, notFound, ok, type Result } from "../model";
import {
  codeArgument,
  kindName,
  levelArgument,
  optionalText,
  requiredText,
  type RawArgument,
} from "./arguments";
import { chooseStandard } from "./choose-standard";
import type { Cell, FunctionContext, FunctionValue } from "./values";

type Implementation = (context: FunctionContext, args: readonly RawArgument[]) => Result<FunctionValue>;

/** "INM2521-001v2 雲端架構工程人員", for messages. */
function label(entry: CatalogEntry): string {
  return `${entry.standard.code} ${entry.standard.name}`;
}

function listed(codes: readonly string[], separator: string, max = 12): string {
  return codes.length > max ? `${codes.slice(0, max).join(separator)} …` : codes.join(separator);
}

/** The standard and the entry of a code in it, or #N/A saying what exists instead. */
function locate(
  context: FunctionContext,
  codeArg: RawArgument,
  standardArg: RawArgument,
  kinds?: Parameters<typeof codeArgument>[2],
  argumentName = "code",
): Result<{ entry: CatalogEntry; found: CodeEntry }> {
  const code = codeArgument(codeArg, argumentName, kinds);
  if (!code.ok) return code;
  const reference = optionalText(standardArg, "standard");
  if (!reference.ok) return reference;
  const entry = chooseStandard(context, reference.value, code.value.code);
  if (!entry.ok) return entry;
  const found = entry.value.index.lookup(code.value.code);
  if (found) return ok({ entry: entry.value, found });
  const known = entry.value.index.codesOfKind(code.value.kind);
  const kind = kindName(code.value.kind);
  return notFound(
    `${code.value.code} 不是 ${label(entry.value)} 的${kind.zh}；現有：${listed(known, "、") || "無"}`,
    `${code.value.code} is not a ${kind.en} of ${label(entry.value)}; it has ${listed(known, ", ") || "none"}`,
  );
}

function locateTask(
  context: FunctionContext,
  args: readonly RawArgument[],
): Result<{ entry: CatalogEntry; task: TaskRef["task"] }> {
  const located = locate(context, args[0], args[1], ["task"], "task");
  if (!located.ok) return located;
  const { entry, found } = located.value;
  // locate() accepted task codes only, so what it found is a task.
  return ok({ entry, task: (found as Extract<CodeEntry, { kind: "task" }>).task });
}

/** Rows that spill, or #N/A when there are none (Excel cannot spill an empty array). */
function rows(values: Cell[][], zh: string, en: string): Result<FunctionValue> {
  return values.length > 0 ? ok(values) : notFound(zh, en);
}

function standardOnly(context: FunctionContext, standardArg: RawArgument): Result<CatalogEntry> {
  const reference = optionalText(standardArg, "standard");
  if (!reference.ok) return reference;
  return chooseStandard(context, reference.value);
}

/** A function listing rows of one task (its K, S, O or P items), or #N/A saying it lists none. */
function taskRows(
  rowsOf: (entry: CatalogEntry, task: TaskRef["task"]) => Cell[][],
  none: (code: string) => [zh: string, en: string],
): Implementation {
  return (context, args) => {
    const located = locateTask(context, args);
    if (!located.ok) return located;
    const { entry, task } = located.value;
    return rows(rowsOf(entry, task), ...none(task.code));
  };
}

/** Every COMPETENCY function by its id. Function ids never change after release. */
export const DEFINITIONS: Record<string, Implementation> = {
  KNOWLEDGE: taskRows(
    ({ index }, task) => index.itemsOf(task, "knowledge").map((i) => [i.code, i.name]),
    (code) => [`${code} 沒有列出知識。`, `${code} lists no knowledge items.`],
  ),
  SKILLS: taskRows(
    ({ index }, task) => index.itemsOf(task, "skill").map((i) => [i.code, i.name]),
    (code) => [`${code} 沒有列出技能。`, `${code} lists no skill items.`],
  ),
  OUTPUTS: taskRows(
    ({ index }, task) => index.outputsOf(task).map((o) => [o.code, o.name]),
    (code) => [`${code} 沒有工作產出。`, `${code} lists no outputs.`],
  ),
  INDICATORS: taskRows(
    ({ index }, task) => index.indicatorsOf(task).map((p) => [p.code, p.text]),
    (code) => [`${code} 沒有行為指標。`, `${code} lists no indicators.`],
  ),

  LEVEL(context, args) {
    const located = locate(context, args[0], args[1]);
    if (!located.ok) return located;
    const level = located.value.entry.index.levelOf(located.value.found.code);
    return level === null
      ? notFound(
          `${located.value.found.code} 沒有職能級別。`,
          `${located.value.found.code} has no competency level.`,
        )
      : ok(level);
  },

  ATTITUDES(context, args) {
    const entry = standardOnly(context, args[0]);
    if (!entry.ok) return entry;
    const attitudes = entry.value.standard.attitudes.map((a) => [a.code, a.name, a.description]);
    return rows(attitudes, `${label(entry.value)} 沒有態度。`, `${label(entry.value)} lists no attitudes.`);
  },

  DUTIES(context, args) {
    const entry = standardOnly(context, args[0]);
    if (!entry.ok) return entry;
    const duties = entry.value.standard.duties.map((d) => [d.code, d.name]);
    return rows(duties, `${label(entry.value)} 沒有主要職責。`, `${label(entry.value)} lists no duties.`);
  },

  TASKS(context, args) {
    const entry = standardOnly(context, args[0]);
    if (!entry.ok) return entry;
    const level = levelArgument(args[1]);
    if (!level.ok) return level;
    const index = entry.value.index;
    const refs = level.value === null ? index.tasks() : index.tasksAtLevel(level.value);
    const values = refs.map(({ duty, task }): Cell[] => [
      task.code,
      task.name,
      duty.code,
      level.value ?? index.levelOf(task.code) ?? "",
    ]);
    return rows(
      values,
      `${label(entry.value)} 沒有級別 ${level.value} 的工作任務。`,
      `${label(entry.value)} has no task at level ${level.value}.`,
    );
  },

  NAME(context, args) {
    const located = locate(context, args[0], args[1]);
    return located.ok ? ok(located.value.found.text) : located;
  },

  REQUIREDBY(context, args) {
    const located = locate(context, args[0], args[1], ["knowledge", "skill"]);
    if (!located.ok) return located;
    const { entry, found } = located.value;
    const tasks = entry.index.requiredBy(found.code).map((t) => [t.code, t.name]);
    return rows(tasks, `沒有工作任務列出 ${found.code}。`, `No task lists ${found.code}.`);
  },

  SEARCH(context, args) {
    const query = requiredText(args[0], "text");
    if (!query.ok) return query;
    const reference = optionalText(args[1], "standard");
    if (!reference.ok) return reference;
    let standards: CatalogEntry[] | undefined;
    if (reference.value !== null) {
      const entry = context.catalog.resolve(reference.value);
      if (!entry.ok) return entry;
      standards = [entry.value];
    }
    const hits = context.catalog
      .search(query.value, { standards })
      .map((h) => [h.standard, h.kind, h.code, h.text]);
    return rows(hits, `找不到「${query.value}」。`, `No text contains "${query.value}".`);
  },

  STANDARDS(context) {
    const values = context.catalog
      .entries()
      .map(({ standard, index }): Cell[] => [
        standard.code,
        standard.name,
        standard.level ?? "",
        index.currentVersion()?.date ?? "",
        index.currentVersion()?.status ?? "",
      ]);
    return rows(values, "尚未載入任何職能基準。", "No standard is loaded.");
  },

  CHANGES(context, args) {
    const older = requiredText(args[0], "older");
    if (!older.ok) return older;
    const newer = requiredText(args[1], "newer");
    if (!newer.ok) return newer;
    const compared = compareReferences(context.catalog, older.value, newer.value);
    if (!compared.ok) return compared;
    const { changes, older: from, newer: to } = compared.value;
    return rows(
      changes.map((c) => changeRow(c, context.locale)),
      `${from.standard.code} 與 ${to.standard.code} 之間沒有變更。`,
      `Nothing changed between ${from.standard.code} and ${to.standard.code}.`,
    );
  },

  INFO(context, args) {
    const field = requiredText(args[0], "field");
    if (!field.ok) return field;
    const read = INFO_FIELDS[field.value.toLowerCase()];
    if (!read) {
      return invalidArgument(
        `未知的欄位「${field.value}」；可用：${INFO_FIELD_NAMES.join("、")}`,
        `Unknown field "${field.value}"; use one of ${INFO_FIELD_NAMES.join(", ")}`,
      );
    }
    const entry = standardOnly(context, args[1]);
    return entry.ok ? ok(read(entry.value.standard, entry.value.index)) : entry;
  },
};

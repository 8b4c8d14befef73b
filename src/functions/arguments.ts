import { invalidArgument, ok, parseCode, type CodeKind, type Result } from "../model";
import { MAX_REFERENCE_LENGTH } from "../catalog";

/** What Excel hands a function for one argument (omitted optional arguments arrive as null/undefined). */
export type RawArgument = string | number | boolean | null | undefined;

const KIND_NAMES: Record<CodeKind, { zh: string; en: string }> = {
  duty: { zh: "主要職責", en: "duty" },
  task: { zh: "工作任務", en: "task" },
  output: { zh: "工作產出", en: "output" },
  indicator: { zh: "行為指標", en: "indicator" },
  knowledge: { zh: "知識", en: "knowledge item" },
  skill: { zh: "技能", en: "skill item" },
  attitude: { zh: "態度", en: "attitude" },
};

export function kindName(kind: CodeKind): { zh: string; en: string } {
  return KIND_NAMES[kind];
}

/** A required text argument: non-empty and not absurdly long. */
export function requiredText(value: RawArgument, name: string): Result<string> {
  const text = value === null || value === undefined ? "" : String(value).trim();
  if (text === "") return invalidArgument(`缺少引數 ${name}。`, `Argument ${name} is missing.`);
  if (text.length > MAX_REFERENCE_LENGTH) {
    return invalidArgument(
      `引數 ${name} 過長（上限 ${MAX_REFERENCE_LENGTH} 字元）。`,
      `Argument ${name} is too long (at most ${MAX_REFERENCE_LENGTH} characters).`,
    );
  }
  return ok(text);
}

/** An optional text argument: null when omitted or empty. */
export function optionalText(value: RawArgument, name: string): Result<string | null> {
  if (value === null || value === undefined || String(value).trim() === "") return ok(null);
  return requiredText(value, name);
}

/** Any code of a standard (T1, T1.1, O…, P…, K…, S…, A…) in any case or width. */
export function codeArgument(
  value: RawArgument,
  name: string,
  kinds?: readonly CodeKind[],
): Result<{ code: string; kind: CodeKind }> {
  const text = requiredText(value, name);
  if (!text.ok) return text;
  const parsed = parseCode(text.value);
  if (!parsed) {
    return invalidArgument(
      `「${text.value}」不是代碼（例如 T1.1、K01）。`,
      `"${text.value}" is not a code (such as T1.1 or K01).`,
    );
  }
  if (kinds && !kinds.includes(parsed.kind)) {
    const zh = kinds.map((k) => KIND_NAMES[k].zh).join("或");
    const en = kinds.map((k) => KIND_NAMES[k].en).join(" or ");
    return invalidArgument(`${parsed.code} 不是${zh}代碼。`, `${parsed.code} is not a ${en} code.`);
  }
  return ok(parsed);
}

/** An optional level 1–7. */
export function levelArgument(value: RawArgument): Result<number | null> {
  if (value === null || value === undefined || String(value).trim() === "") return ok(null);
  const level = Number(String(value).trim());
  if (!Number.isInteger(level) || level < 1 || level > 7) {
    return invalidArgument(
      `級別必須是 1 到 7 的整數：「${String(value)}」。`,
      `The level must be a whole number from 1 to 7: "${String(value)}".`,
    );
  }
  return ok(level);
}

import { parseStandardCode, STANDARD_CODE_IN_TEXT, type Standard, type VersionEntry } from "../model";
import { DiagnosticSink } from "./diagnostics";
import { joinPieces, tidy } from "./join";
import { locate } from "./located-text";
import { isBlank, type SourceLine } from "./normalize";

/** What the part before the main table says: title, version history and header fields. */
export type Front = Pick<
  Standard,
  | "title"
  | "versions"
  | "code"
  | "nameCategory"
  | "nameOccupation"
  | "category"
  | "occupation"
  | "industry"
  | "description"
  | "level"
>;

const VERSION_HEADER = /^\s*版本[\s\t]*職能基準代碼/;
/** A version row starts with its number and the standard's code, with or without a vN suffix. */
const VERSION_ROW_START = new RegExp(
  `(?:^|\\s)V\\s*(\\d{1,3})\\s+(${STANDARD_CODE_IN_TEXT.source})(?![\\w-])`,
  "g",
);
const DATE = /(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*日?\s*$/;
const STATUS = /最新版本|歷史版本|現行版本|停用|廢止|[^\s\t]{0,4}版本/;

interface Label {
  key: keyof Omit<Front, "title" | "versions" | "category" | "occupation" | "industry"> | LabelKey;
  pattern: RegExp;
  required: boolean;
  zh: string;
}
type LabelKey =
  | "categoryName"
  | "categoryCode"
  | "occupationName"
  | "occupationCode"
  | "industryName"
  | "industryCode"
  | "group"
  | "name";

/** Header labels in document order; each value is the text up to the next label found. */
const LABELS: Label[] = [
  { key: "code", pattern: /職能基準代碼/, required: true, zh: "職能基準代碼" },
  {
    key: "name",
    pattern: /職能基準名稱\s*(?:[(（]\s*擇一填寫\s*[)）])?/,
    required: false,
    zh: "職能基準名稱",
  },
  { key: "nameCategory", pattern: /職類(?!別)/, required: false, zh: "職類" },
  { key: "nameOccupation", pattern: /職業(?!別)/, required: false, zh: "職業" },
  { key: "group", pattern: /所屬\s*類別/, required: false, zh: "所屬類別" },
  { key: "categoryName", pattern: /職類別(?!代碼)/, required: true, zh: "職類別" },
  { key: "categoryCode", pattern: /職類別代碼/, required: true, zh: "職類別代碼" },
  { key: "occupationName", pattern: /職業別(?!代碼)/, required: true, zh: "職業別" },
  { key: "occupationCode", pattern: /職業別代碼/, required: true, zh: "職業別代碼" },
  { key: "industryName", pattern: /行業別(?!代碼)/, required: true, zh: "行業別" },
  { key: "industryCode", pattern: /行業別代碼/, required: true, zh: "行業別代碼" },
  { key: "description", pattern: /工作描述/, required: true, zh: "工作描述" },
  { key: "level", pattern: /基準級別/, required: true, zh: "基準級別" },
];

/** A pasted copy of the tables alone starts with the version table or the header table. */
const TABLE_START = /^\s*(?:版本|職能基準代碼|職能基準名稱)/;

export function parseFront(lines: readonly SourceLine[], diagnostics: DiagnosticSink): Front {
  const firstIndex = lines.findIndex((l) => !isBlank(l));
  const titleIndex = firstIndex >= 0 && TABLE_START.test(lines[firstIndex]!.text) ? -1 : firstIndex;
  const title = titleIndex < 0 ? "" : tidy(lines[titleIndex]!.text);
  if (!/職能基準$/.test(title)) {
    diagnostics.warning(
      lines[Math.max(firstIndex, 0)]?.no ?? 1,
      "missing-title",
      "找不到文件標題（…職能基準）。",
      "No document title (…職能基準) found.",
    );
  }
  const rest = lines.slice(titleIndex + 1);
  const versionEnd = versionTableEnd(rest);
  const versions = parseVersions(rest.slice(0, versionEnd), diagnostics);
  const fields = parseLabels(rest.slice(versionEnd), diagnostics, lines[lines.length - 1]?.no ?? 1);
  const code = parseStandardCode(fields.get("code")?.value ?? "");
  if (fields.has("code") && !code) {
    diagnostics.error(
      fields.get("code")!.line,
      "bad-code",
      `職能基準代碼格式不正確：${fields.get("code")!.value}`,
      `Malformed standard code: ${fields.get("code")!.value}`,
    );
  }
  const levelField = fields.get("level");
  const level = parseLevel(levelField?.value ?? "");
  if (levelField && level === null) {
    diagnostics.error(
      levelField.line,
      "bad-level",
      `基準級別應為 1–7 的數字：「${levelField.value}」`,
      `The benchmark level must be a number 1–7: "${levelField.value}"`,
    );
  }
  const value = (key: string): string => fields.get(key)?.value ?? "";
  return {
    title,
    versions,
    code: code?.code ?? value("code"),
    nameCategory: value("nameCategory"),
    nameOccupation: value("nameOccupation"),
    category: { name: value("categoryName"), code: value("categoryCode") },
    occupation: { name: value("occupationName"), code: value("occupationCode") },
    industry: { name: value("industryName"), code: value("industryCode") },
    description: value("description"),
    level,
  };
}

export function parseLevel(text: string): number | null {
  const match = /^\s*(\d{1,2})\s*(?:級)?\s*$/.exec(text);
  const level = match ? Number(match[1]) : NaN;
  return level >= 1 && level <= 7 ? level : null;
}

/** The version table runs from its header to the line before the 職能基準代碼 label. */
function versionTableEnd(lines: readonly SourceLine[]): number {
  const header = lines.findIndex((l) => VERSION_HEADER.test(l.text) || /^\s*版本\s*$/.test(l.text));
  if (header < 0) return 0;
  for (let i = header + 1; i < lines.length; i++) {
    if (
      /^\s*職能基準代碼/.test(lines[i]!.text) &&
      !/職能基準名稱|狀態|版本/.test(lines[i]!.text.slice(6)) &&
      !isVersionHeaderWord(lines, i)
    ) {
      return i;
    }
  }
  return 0;
}

/** In line-broken PDF text the version header's words stand one per line; 職能基準代碼 is one of them. */
function isVersionHeaderWord(lines: readonly SourceLine[], index: number): boolean {
  const next = lines.slice(index + 1).find((l) => !isBlank(l));
  return (
    next !== undefined &&
    /^\s*職能基準名稱\s*$/.test(next.text) &&
    lines.slice(index + 1, index + 8).some((l) => /^\s*狀態\s*$/.test(l.text))
  );
}

function parseVersions(lines: readonly SourceLine[], diagnostics: DiagnosticSink): VersionEntry[] {
  if (lines.length === 0) return [];
  const { text, lineAt } = locate(lines);
  const starts = [...text.matchAll(VERSION_ROW_START)];
  return starts.map((match, i) => {
    const end = starts[i + 1]?.index ?? text.length;
    const row = text.slice(match.index + match[0].length, end);
    return parseVersionRow(match[1]!, match[2]!, row, lineAt(match.index + 1), diagnostics);
  });
}

function parseVersionRow(
  number: string,
  rawCode: string,
  row: string,
  line: number,
  diagnostics: DiagnosticSink,
): VersionEntry {
  const code = parseStandardCode(rawCode)?.code ?? rawCode;
  const cells = row.includes("\t") ? row.split("\t").map((c) => joinPieces(c.split("\n"))) : null;
  let name: string, status: string, note: string, dateText: string;
  if (cells) {
    [name = "", status = "", note = "", dateText = ""] = cells.filter((_, k) => k > 0 || cells[0] !== "");
  } else {
    const flat = row.replace(/\s*\n\s*/g, "\n").trim();
    const date = DATE.exec(flat.replace(/\n/g, " "));
    dateText = date ? date[0] : "";
    const body = date ? flat.replace(/\n/g, " ").slice(0, date.index).trim() : flat.replace(/\n/g, " ");
    const statusMatch = STATUS.exec(body);
    name = tidy(statusMatch ? body.slice(0, statusMatch.index) : body);
    status = statusMatch ? statusMatch[0] : "";
    note = tidy(statusMatch ? body.slice(statusMatch.index + statusMatch[0].length) : "");
  }
  const date = DATE.exec(dateText.trim());
  if (!date) {
    diagnostics.warning(
      line,
      "version-date",
      `版本 V${number} 沒有可讀的日期。`,
      `Version V${number} has no readable date.`,
    );
  }
  return {
    version: `V${Number(number)}`,
    code,
    name: tidy(name),
    status: tidy(status),
    note: tidy(note),
    date: date ? `${date[1]}-${date[2]!.padStart(2, "0")}-${date[3]!.padStart(2, "0")}` : "",
  };
}

interface Field {
  value: string;
  line: number;
}

/** Finds each label in order and takes the text between it and the next label found as its value. */
function parseLabels(
  lines: readonly SourceLine[],
  diagnostics: DiagnosticSink,
  lastLine: number,
): Map<string, Field> {
  const { text, lineAt } = locate(lines);
  const found: Array<{ key: string; start: number; end: number }> = [];
  let at = 0;
  for (const label of LABELS) {
    const pattern = new RegExp(label.pattern.source, "g");
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) {
      if (label.required) {
        diagnostics.error(
          lines.length > 0 ? lineAt(at) : lastLine,
          "missing-field",
          `找不到欄位「${label.zh}」。`,
          `Header field "${label.zh}" not found.`,
        );
      }
      continue;
    }
    found.push({ key: label.key, start: match.index, end: match.index + match[0].length });
    at = match.index + match[0].length;
  }
  const fields = new Map<string, Field>();
  found.forEach((f, i) => {
    const raw = text.slice(f.end, found[i + 1]?.start ?? text.length);
    fields.set(f.key, { value: joinPieces(raw.split(/[\n\t]/)), line: lineAt(f.start) });
  });
  return fields;
}

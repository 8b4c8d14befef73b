import type { Diagnostic, Standard } from "../model";
import type { DocumentLine } from "../read/document-lines";
import { assemble } from "./assemble";
import { parseAttitudes } from "./attitudes";
import { DiagnosticSink } from "./diagnostics";
import { parseFront } from "./front";
import { MAX_INPUT_CHARS, normalizeLines, type SourceLine } from "./normalize";
import { parseNotes } from "./notes";
import { splitSections } from "./sections";
import { TableReader } from "./table";

export interface ParseResult {
  standard: Standard;
  diagnostics: Diagnostic[];
}

export { MAX_INPUT_CHARS } from "./normalize";

/**
 * The text of a 職能基準 document → the standard it describes, with every problem found as a
 * diagnostic (line, severity, message). Never throws on any input; refuses inputs over 10 MB.
 */
export function parseStandard(text: string): ParseResult {
  const diagnostics = new DiagnosticSink();
  if (text.length > MAX_INPUT_CHARS) {
    diagnostics.error(
      1,
      "too-large",
      `文件超過 ${MAX_INPUT_CHARS / 1024 / 1024} MB，未解析。`,
      `The document is larger than ${MAX_INPUT_CHARS / 1024 / 1024} MB and was not parsed.`,
    );
    return { standard: emptyStandard(), diagnostics: diagnostics.items };
  }
  const lines = normalizeLines(text);
  const sections = splitSections(lines);
  const front = parseFront(sections.front, diagnostics);
  if (sections.table.length === 0) {
    diagnostics.error(
      lines.at(-1)?.no ?? 1,
      "missing-table",
      "找不到主要職責/工作任務表格。",
      "The table of duties and tasks was not found.",
    );
  }
  const { duties, knowledge, skills } = assemble(
    new TableReader(diagnostics).read(sections.table),
    diagnostics,
  );
  if (sections.table.length > 0 && duties.length === 0) {
    diagnostics.error(
      sections.table[0]!.no,
      "no-duties",
      "表格中沒有任何主要職責（T1…）。",
      "The table holds no duties (T1…).",
    );
  }
  if (sections.attitudes.length === 0) {
    diagnostics.warning(
      sections.table.at(-1)?.no ?? 1,
      "missing-attitudes",
      "找不到職能內涵（A=attitude 態度）。",
      "The attitudes section (A=attitude 態度) was not found.",
    );
  }
  const attitudes = parseAttitudes(sections.attitudes, diagnostics);
  if (knowledge.length + skills.length + attitudes.length === 0) {
    diagnostics.error(
      lastLineOf(sections.attitudes) ?? lastLineOf(sections.table) ?? lines.at(-1)?.no ?? 1,
      "no-competencies",
      "文件中沒有任何知識（K）、技能（S）或態度（A）項目：文件不完整。",
      "The document lists no knowledge (K), skill (S) or attitude (A) items: it is incomplete.",
    );
  }
  const latest = front.versions.find((v) => v.status.includes("最新")) ?? front.versions[0];
  const standard: Standard = {
    code: front.code || latest?.code || "",
    name:
      front.nameOccupation ||
      front.nameCategory ||
      front.title.replace(/職能基準$/, "") ||
      latest?.name ||
      "",
    title: front.title,
    versions: front.versions,
    nameCategory: front.nameCategory,
    nameOccupation: front.nameOccupation,
    category: front.category,
    occupation: front.occupation,
    industry: front.industry,
    description: front.description,
    level: front.level,
    duties,
    knowledge,
    skills,
    attitudes,
    notes: parseNotes(sections.notes),
  };
  return { standard, diagnostics: [...diagnostics.items].sort((a, b) => a.line - b.line) };
}

function lastLineOf(lines: readonly SourceLine[]): number | undefined {
  return lines.at(-1)?.no;
}

/**
 * The lines a reader gave (src/read) → the standard, as `parseStandard` reads their text. Each
 * diagnostic's line is the line of this list (1-based); lines from a PDF also name their page.
 */
export function parseDocumentLines(lines: readonly DocumentLine[]): ParseResult {
  const { standard, diagnostics } = parseStandard(
    lines.map((l) => l.text.replace(/[\r\n]+/g, " ")).join("\n"),
  );
  return {
    standard,
    diagnostics: diagnostics.map((d) => {
      const source = lines[d.line - 1]?.source;
      return source?.kind === "page" ? { ...d, page: source.page } : d;
    }),
  };
}

function emptyStandard(): Standard {
  const none = { name: "", code: "" };
  return {
    code: "",
    name: "",
    title: "",
    versions: [],
    nameCategory: "",
    nameOccupation: "",
    category: none,
    occupation: none,
    industry: none,
    description: "",
    level: null,
    duties: [],
    knowledge: [],
    skills: [],
    attitudes: [],
    notes: { qualifications: [], other: [], footnotes: [] },
  };
}

import { parseCode, type Attitude } from "../model";
import { DiagnosticSink } from "./diagnostics";
import { joinPieces } from "./join";
import { isBlank, type SourceLine } from "./normalize";

const HEADING = /A\s*=\s*attitude|^\s*職能內涵\s*[（(]?\s*態度/i;
/**
 * An attitude code: at the start of a line (after a bullet), or inside a line after a list
 * separator or a space — older documents list them several to a line: "A01 團隊合作、A02 主動積極".
 */
const ATTITUDE_CODE =
  /(^\s*(?:[-•\uF000-\uF0FF]\s*)?|[\s、，,;；]+|(?<=[。；;]))(A\d{1,3})(?![\d.A-Za-z])\s*/g;
const SENTENCE_END_BEFORE = /[。；;]/;
const NAME_SEPARATOR = /[：:]/;
const LIST_SEPARATOR_AT_END = /[\s、，,;；]+$/;

interface AttitudeDraft {
  code: string;
  line: number;
  pieces: string[];
  /** Written in a list, several to a line: a name alone is the whole attitude. */
  listed: boolean;
  /** A "：" has been read: the rest is its description. */
  described: boolean;
}

/** An attitude laid out as a table row, "A01⇥謹慎細心⇥description", when no colon separates them. */
function tabbedAttitude(pieces: readonly string[]): { name: string; description: string } | null {
  const [first = "", ...rest] = pieces;
  const cells = first.split("\t").filter((cell) => cell.trim() !== "");
  if (cells.length < 2 || NAME_SEPARATOR.test(cells[0]!)) return null;
  return { name: joinPieces([cells[0]!]), description: joinPieces([cells.slice(1).join(" "), ...rest]) };
}

/**
 * 職能內涵 (A=attitude 態度): "A01謹慎細心：description", one or more lines each, page breaks
 * allowed; or names listed several to a line. Inside a line, a code opens a new attitude only
 * while the open one is a bare name (no "：description" yet) or after a sentence end, so codes
 * quoted in a description stay text.
 */
export function parseAttitudes(lines: readonly SourceLine[], diagnostics: DiagnosticSink): Attitude[] {
  const drafts: AttitudeDraft[] = [];
  for (const line of lines) {
    if (isBlank(line) || HEADING.test(line.text)) continue;
    let position = 0;
    for (const match of line.text.matchAll(ATTITUDE_CODE)) {
      const atStart = match.index === 0;
      const open = drafts.at(-1);
      const afterSentence = SENTENCE_END_BEFORE.test(line.text[match.index - 1] ?? "");
      if (!atStart && (!open || (open.described && !afterSentence))) continue;
      const code = parseCode(match[2]!);
      if (!code) continue;
      appendTo(open, line.text.slice(position, match.index), line, position === 0, diagnostics);
      if (!atStart && open) open.listed = true;
      drafts.push({ code: code.code, line: line.no, pieces: [], listed: !atStart, described: false });
      position = match.index + match[0].length;
    }
    appendTo(drafts.at(-1), line.text.slice(position), line, position === 0, diagnostics);
  }
  return drafts.map((draft) => toAttitude(draft, diagnostics));
}

function appendTo(
  draft: AttitudeDraft | undefined,
  text: string,
  line: SourceLine,
  lineStart: boolean,
  diagnostics: DiagnosticSink,
): void {
  if (text.trim() === "" && !lineStart) return;
  if (draft) {
    draft.pieces.push(text);
    draft.described ||= NAME_SEPARATOR.test(text);
  } else if (text.trim() !== "")
    diagnostics.warning(
      line.no,
      "text-outside-item",
      `態度代碼之前的文字被略過：「${text.trim().slice(0, 40)}」`,
      `Text before the first attitude code was skipped: "${text.trim().slice(0, 40)}"`,
    );
}

function toAttitude(draft: AttitudeDraft, diagnostics: DiagnosticSink): Attitude {
  const tabbed = tabbedAttitude(draft.pieces);
  if (tabbed) return { code: draft.code, ...tabbed };
  const text = joinPieces(draft.pieces).replace(LIST_SEPARATOR_AT_END, "");
  const separator = NAME_SEPARATOR.exec(text);
  if (!separator && !draft.listed) {
    diagnostics.warning(
      draft.line,
      "attitude-without-description",
      `態度 ${draft.code} 沒有「名稱：說明」的格式。`,
      `Attitude ${draft.code} is not written as "name: description".`,
    );
  }
  return {
    code: draft.code,
    name: separator ? text.slice(0, separator.index).trim() : text,
    description: separator ? text.slice(separator.index + 1).trim() : "",
  };
}

import { parseCode, type Attitude } from "../model";
import { DiagnosticSink } from "./diagnostics";
import { joinPieces } from "./join";
import { isBlank, type SourceLine } from "./normalize";

const HEADING = /A\s*=\s*attitude|^\s*職能內涵\s*[（(]?\s*態度/i;
const ATTITUDE_START = /^\s*(?:[-•\uF000-\uF0FF]\s*)?(A\d{1,3})(?![\d.A-Za-z])\s*/;
const NAME_SEPARATOR = /[：:]/;

/** An attitude laid out as a table row, "A01⇥謹慎細心⇥description", when no colon separates them. */
function tabbedAttitude(pieces: readonly string[]): { name: string; description: string } | null {
  const [first = "", ...rest] = pieces;
  const cells = first.split("\t").filter((cell) => cell.trim() !== "");
  if (cells.length < 2 || NAME_SEPARATOR.test(cells[0]!)) return null;
  return { name: joinPieces([cells[0]!]), description: joinPieces([cells.slice(1).join(" "), ...rest]) };
}

/** 職能內涵 (A=attitude 態度): "A01謹慎細心：description", one or more lines each, page breaks allowed. */
export function parseAttitudes(lines: readonly SourceLine[], diagnostics: DiagnosticSink): Attitude[] {
  const drafts: Array<{ code: string; line: number; pieces: string[] }> = [];
  for (const line of lines) {
    if (isBlank(line) || HEADING.test(line.text)) continue;
    const start = ATTITUDE_START.exec(line.text);
    const code = start ? parseCode(start[1]!) : null;
    if (start && code) {
      drafts.push({ code: code.code, line: line.no, pieces: [line.text.slice(start[0].length)] });
    } else if (drafts.length > 0) {
      drafts.at(-1)!.pieces.push(line.text);
    } else {
      diagnostics.warning(
        line.no,
        "text-outside-item",
        `態度代碼之前的文字被略過:「${line.text.trim().slice(0, 40)}」`,
        `Text before the first attitude code was skipped: "${line.text.trim().slice(0, 40)}"`,
      );
    }
  }
  return drafts.map((draft) => {
    const tabbed = tabbedAttitude(draft.pieces);
    if (tabbed) return { code: draft.code, ...tabbed };
    const text = joinPieces(draft.pieces);
    const separator = NAME_SEPARATOR.exec(text);
    if (!separator) {
      diagnostics.warning(
        draft.line,
        "attitude-without-description",
        `態度 ${draft.code} 沒有「名稱:說明」的格式。`,
        `Attitude ${draft.code} is not written as "name: description".`,
      );
    }
    return {
      code: draft.code,
      name: separator ? text.slice(0, separator.index).trim() : text,
      description: separator ? text.slice(separator.index + 1).trim() : "",
    };
  });
}

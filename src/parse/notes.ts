import type { Footnote, NoteItem, Notes } from "../model";
import { joinPieces } from "./join";
import { isBlank, type SourceLine } from "./normalize";

const HEADING = /^說明與補充事項/;
const QUALIFICATIONS = /^建議擔任/;
const OTHER = /^其他補充說明/;
const BULLET = /^(\s*)([-*•●▪■◆◇○□‧·\uF000-\uF0FF])\s*/;
const FOOTNOTE = /^【註(\d+)】\s*/;
const SENTENCE_END = /[。．！？；]$/;

interface Draft {
  pieces: string[];
  sub: string[][];
  footnote: number | null;
}

/**
 * 說明與補充事項: the qualifications, other notes and footnotes (【註N】). A bulleted line opens an
 * item, an indented bulleted line a sub-item; a plain line continues the open one (PDF wraps
 * lines) unless the open one already ends a sentence.
 */
export function parseNotes(lines: readonly SourceLine[]): Notes {
  const sections: Record<"qualifications" | "other", Draft[]> = { qualifications: [], other: [] };
  let section: "qualifications" | "other" = "other";
  let open: { draft: Draft; sub: string[] | null } | null = null;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const bullet = BULLET.exec(line.text);
    const text = line.text
      .slice(bullet ? bullet[0].length : 0)
      .replace(/\*\*/g, "")
      .trim();
    if (text === "" || HEADING.test(text)) continue;
    if (QUALIFICATIONS.test(text) || OTHER.test(text)) {
      section = QUALIFICATIONS.test(text) ? "qualifications" : "other";
      open = null;
      continue;
    }
    const footnote = FOOTNOTE.exec(text);
    const indented = bullet !== null && bullet[1]!.length > 0;
    if (open && indented && !footnote) {
      open.sub = [text];
      open.draft.sub.push(open.sub);
    } else if (open && !bullet && !footnote && !SENTENCE_END.test(current(open).at(-1) ?? "")) {
      current(open).push(text);
    } else {
      const draft: Draft = {
        pieces: [footnote ? text.slice(footnote[0].length) : text],
        sub: [],
        footnote: footnote ? Number(footnote[1]) : null,
      };
      sections[section].push(draft);
      open = { draft, sub: null };
    }
  }
  const toItem = (d: Draft): NoteItem => ({
    text: joinPieces(d.pieces),
    subItems: d.sub.map((s) => joinPieces(s)),
  });
  const all = [...sections.qualifications, ...sections.other];
  return {
    qualifications: sections.qualifications.filter((d) => d.footnote === null).map(toItem),
    other: sections.other.filter((d) => d.footnote === null).map(toItem),
    footnotes: all
      .filter((d) => d.footnote !== null)
      .map((d): Footnote => ({ number: d.footnote!, text: toItem(d).text }))
      .sort((a, b) => a.number - b.number),
  };
}

function current(open: { draft: Draft; sub: string[] | null }): string[] {
  return open.sub ?? open.draft.pieces;
}

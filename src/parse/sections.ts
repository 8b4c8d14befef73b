import { isBlank, type SourceLine } from "./normalize";

/** The parts of a document, as ranges of lines [start, end). */
export interface Sections {
  /** Title, version history and header fields. */
  front: SourceLine[];
  /** The main table: duties, tasks, outputs, indicators, levels, K and S. */
  table: SourceLine[];
  attitudes: SourceLine[];
  notes: SourceLine[];
}

/** Words of the main table's header; a line made only of them belongs to a (repeated) header. */
const HEADER_TOKENS =
  /主要職責|工作任務|工作活動|工作產出|行為指標|職能級別|職能內涵|職能|級別|[(（]?\s*[KS]\s*=\s*(?:knowledge|skills?)\s*(?:知識|技能)?\s*[)）]?|知識|技能/gi;
const COLUMN_WORDS = /主要職責|工作任務|工作活動|工作產出|行為指標/g;
const ATTITUDE_HEADING = /A\s*=\s*attitude|^\s*職能內涵\s*[（(]?\s*態度/i;
/** The first attitude, for documents whose attitude heading is missing: "A01謹慎細心：" or "A01\t謹慎細心\t". */
const FIRST_ATTITUDE = /^\s*A0?1(?![\d.])[ \t]*[^\s：:]{1,20}?(?:[ ]*[：:]|\t)/;
const NOTES_HEADING = /^[\s*\-•\uF000-\uF0FF]*說明與補充事項/;

export function isHeaderLine(text: string): boolean {
  const rest = text.replace(HEADER_TOKENS, "").replace(/[\s()（）]/g, "");
  return rest === "" && text.trim() !== "";
}

function columnWordsIn(text: string): Set<string> {
  return new Set(text.match(COLUMN_WORDS) ?? []);
}

/**
 * Indexes of the lines that form a table header: runs of header-only lines that together name at
 * least two column words (主要職責, 工作產出 …). Repeated headers after page breaks are found too.
 */
export function findHeaderRuns(lines: readonly SourceLine[], from = 0): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!isHeaderLine(line.text)) {
      i++;
      continue;
    }
    let end = i;
    const words = new Set<string>();
    let j = i;
    while (j < lines.length && (isBlank(lines[j]!) || isHeaderLine(lines[j]!.text))) {
      if (!isBlank(lines[j]!)) {
        for (const word of columnWordsIn(lines[j]!.text)) words.add(word);
        end = j + 1;
      }
      j++;
    }
    if (words.size >= 2) runs.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return runs;
}

export function splitSections(lines: readonly SourceLine[]): Sections {
  const headerRuns = findHeaderRuns(lines);
  const tableStart = headerRuns[0]?.[0] ?? firstDutyLine(lines);
  const attitudeStart =
    indexFrom(lines, tableStart ?? 0, (l) => ATTITUDE_HEADING.test(l.text)) ??
    indexFrom(lines, tableStart ?? 0, (l) => FIRST_ATTITUDE.test(l.text));
  const notesStart = indexFrom(lines, attitudeStart ?? tableStart ?? 0, (l) => NOTES_HEADING.test(l.text));
  const end = lines.length;
  const tableEnd = attitudeStart ?? notesStart ?? end;
  return {
    front: lines.slice(0, tableStart ?? tableEnd),
    table: tableStart === null ? [] : lines.slice(tableStart, tableEnd),
    attitudes: attitudeStart === null ? [] : lines.slice(attitudeStart, notesStart ?? end),
    notes: notesStart === null ? [] : lines.slice(notesStart, end),
  };
}

function indexFrom(
  lines: readonly SourceLine[],
  from: number,
  test: (l: SourceLine) => boolean,
): number | null {
  for (let i = from; i < lines.length; i++) if (test(lines[i]!)) return i;
  return null;
}

/** Without a table header, the table starts at the first line that opens with a duty or task code. */
function firstDutyLine(lines: readonly SourceLine[]): number | null {
  return indexFrom(lines, 0, (l) => /^\s*T\d{1,3}(?:\.\d{1,3})?(?![\d.])/.test(l.text));
}

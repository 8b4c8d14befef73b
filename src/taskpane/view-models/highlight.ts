import { foldText } from "../../catalog";

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * `text` split around its first match of `query`, matched as the catalog's search matches
 * (case-, width- and white-space-insensitive). One unmatched part when there is no match.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const needle = foldText(query);
  if (needle === "") return [{ text, match: false }];
  // Fold character by character, remembering where each folded character came from.
  let folded = "";
  const origin: number[] = [];
  const chars = [...text];
  let offset = 0;
  for (const char of chars) {
    const piece = /\s/.test(char) ? (folded.endsWith(" ") || folded === "" ? "" : " ") : foldText(char);
    for (let i = 0; i < piece.length; i++) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  const at = folded.indexOf(needle);
  if (at < 0) return [{ text, match: false }];
  const start = origin[at]!;
  const lastOrigin = origin[at + needle.length - 1]!;
  const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
  return [
    { text: text.slice(0, start), match: false },
    { text: text.slice(start, end), match: true },
    { text: text.slice(end), match: false },
  ].filter((part) => part.text !== "");
}

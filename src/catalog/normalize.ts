import { toHalfWidthAlnum } from "../model";

/** Text for matching: half-width, lower-case, white space folded. Used for names and search. */
export function foldText(text: string): string {
  return toHalfWidthAlnum(text).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

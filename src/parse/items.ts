import type { Item } from "../model";
import type { ItemDraft } from "./drafts";
import { joinPieces } from "./join";

/** Bullets that open a sub-item: •, the Wingdings bullets PDF text shows as private-use characters, -. */
const BULLET_AT_START = /^\s*(?:[•●▪■◆◇○□‧·\uF000-\uF0FF]|-(?=\s))\s*/;
const BULLET_INSIDE = /\s*[•●▪■◆◇○□\uF000-\uF0FF]\s*/;

/** What may stand between a code and its text: "T1.1.系統…", "K01：…", "S01、…". */
const SEPARATOR_AFTER_CODE = /^\s*[.．、:：\-–—]\s*/;

/** What may end a name in a list written on one line: "K01軟體測試、K02…". */
const SEPARATOR_AT_END = /[、，,;；]\s*$/;

/** The pieces of an item's text without the separator that followed its code. */
function piecesOf(draft: ItemDraft): string[] {
  const [first = "", ...rest] = draft.pieces;
  return [first.replace(SEPARATOR_AFTER_CODE, ""), ...rest];
}

/** Splits an item's text into its name and the sub-bullets written under it. */
export function toItem(draft: ItemDraft): Item {
  const name: string[] = [];
  const details: string[][] = [];
  for (const piece of piecesOf(draft)) {
    const [head = "", ...inline] = piece.split(BULLET_INSIDE);
    if (BULLET_AT_START.test(head)) details.push([head.replace(BULLET_AT_START, "")]);
    else if (details.length > 0) details.at(-1)!.push(head);
    else name.push(head);
    for (const bullet of inline) details.push([bullet]);
  }
  return {
    code: draft.code,
    name: joinPieces(name).replace(SEPARATOR_AT_END, ""),
    details: details.map((d) => joinPieces(d)).filter((d) => d !== ""),
  };
}

export function textOf(draft: ItemDraft): string {
  return joinPieces(piecesOf(draft));
}

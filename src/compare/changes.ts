import { pick, type Locale, type LocalizedText } from "../model";

/** What a change is about: a duty or task (T), output (O), indicator (P), K, S or A item. */
export type ChangeUnit = "T" | "O" | "P" | "K" | "S" | "A";

export type ChangeKind = "added" | "removed" | "renamed" | "levelChanged" | "moved" | "renumbered";

/** Every kind of change, in the order summaries list them. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  "added",
  "removed",
  "renamed",
  "levelChanged",
  "moved",
  "renumbered",
];

/**
 * One difference between two versions of a standard. `oldCode` is "" for an added item and
 * `newCode` "" for a removed one. `before` and `after` are the texts (names, indicator texts),
 * the levels for a level change, and the duties ("T1 name") for a moved task.
 */
export interface Change {
  unit: ChangeUnit;
  oldCode: string;
  newCode: string;
  change: ChangeKind;
  before: string;
  after: string;
}

const CHANGE_NAMES: Record<ChangeKind, LocalizedText> = {
  added: { zh: "新增", en: "added" },
  removed: { zh: "刪除", en: "removed" },
  renamed: { zh: "更名", en: "renamed" },
  levelChanged: { zh: "級別變更", en: "level changed" },
  moved: { zh: "移動", en: "moved" },
  renumbered: { zh: "重新編號", en: "renumbered" },
};

/** The name of a change in both languages ("added" / 新增). */
export function changeName(kind: ChangeKind): LocalizedText {
  return CHANGE_NAMES[kind];
}

/** How many changes of each kind, every kind present (0 when none). */
export function countChanges(changes: readonly Change[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const change of changes) counts[change.change]++;
  return counts;
}

/** A change as a row of [kind, old code, new code, change named in `locale`, before, after]. */
export function changeRow(change: Change, locale: Locale): string[] {
  return [
    change.unit,
    change.oldCode,
    change.newCode,
    pick(changeName(change.change), locale),
    change.before,
    change.after,
  ];
}

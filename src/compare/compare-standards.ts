import type { StandardIndex } from "../catalog";
import { CODE_KINDS } from "../model";
import type { Change } from "./changes";
import { unitsOf, type ComparedUnit, type UnitGroup } from "./units";

/** A unit of the old version and the unit of the new version it became. */
export interface UnitMatch {
  group: UnitGroup;
  oldCode: string;
  newCode: string;
}

export interface Comparison {
  /** In the new document's order, then the removed units in the old document's order. */
  changes: Change[];
  /** Every matched unit, changed or not: what carries a rating from the old code to the new one. */
  matches: UnitMatch[];
}

/** Groups in the order they are matched, parents first: a parent's match decides where its children are looked for. */
const GROUPS: readonly UnitGroup[] = CODE_KINDS;
const PARENT_GROUP: Partial<Record<UnitGroup, UnitGroup>> = {
  task: "duty",
  output: "task",
  indicator: "task",
};

/**
 * What changed from one version of a standard to another. Units are matched in three passes:
 * the same code with the same text; then the same text under another code (renumbered, or for a
 * task under another duty, moved); then the same code with other text (renamed). Texts are
 * compared ignoring white space, case and full/half-width forms. Whatever is left is added or
 * removed.
 */
export function compareStandards(older: StandardIndex, newer: StandardIndex): Comparison {
  const oldUnits = unitsOf(older);
  const newUnits = unitsOf(newer);
  /** new unit → old unit, per group. */
  const counterparts = new Map<UnitGroup, Map<string, ComparedUnit>>();
  const oldOf = new Map<ComparedUnit, ComparedUnit>();
  for (const group of GROUPS) {
    const parentGroup = PARENT_GROUP[group];
    const parentOf = (n: ComparedUnit) =>
      parentGroup && n.parent !== null ? counterparts.get(parentGroup)?.get(n.parent)?.code : undefined;
    const matched = matchGroup(
      oldUnits.filter((u) => u.group === group),
      newUnits.filter((u) => u.group === group),
      (o, n) => o.parent === parentOf(n),
    );
    counterparts.set(group, new Map([...matched].map(([n, o]) => [n.code, o])));
    for (const [n, o] of matched) oldOf.set(n, o);
  }
  const dutyCounterparts = counterparts.get("duty")!;
  const changes: Change[] = [];
  for (const n of newUnits) {
    const o = oldOf.get(n);
    if (!o) {
      changes.push({
        unit: n.unit,
        oldCode: "",
        newCode: n.code,
        change: "added",
        before: "",
        after: n.text,
      });
      continue;
    }
    const row = (change: Change["change"], before: string, after: string): Change => ({
      unit: n.unit,
      oldCode: o.code,
      newCode: n.code,
      change,
      before,
      after,
    });
    const movedDuty = n.group === "task" && dutyCounterparts.get(n.parent ?? "")?.code !== o.parent;
    if (movedDuty) changes.push(row("moved", dutyLabel(older, o.parent), dutyLabel(newer, n.parent)));
    else if (o.code !== n.code) changes.push(row("renumbered", o.text, n.text));
    if (o.key !== n.key) changes.push(row("renamed", o.text, n.text));
    if (o.levels !== n.levels) changes.push(row("levelChanged", o.levels, n.levels));
  }
  const kept = new Set(oldOf.values());
  for (const o of oldUnits) {
    if (!kept.has(o))
      changes.push({
        unit: o.unit,
        oldCode: o.code,
        newCode: "",
        change: "removed",
        before: o.text,
        after: "",
      });
  }
  const matches = newUnits.flatMap((n) => {
    const o = oldOf.get(n);
    return o ? [{ group: n.group, oldCode: o.code, newCode: n.code }] : [];
  });
  return { changes, matches };
}

/** new unit → old unit, by the three passes; `preferred` breaks ties between equal texts. */
function matchGroup(
  olds: readonly ComparedUnit[],
  news: readonly ComparedUnit[],
  preferred: (o: ComparedUnit, n: ComparedUnit) => boolean,
): Map<ComparedUnit, ComparedUnit> {
  const matched = new Map<ComparedUnit, ComparedUnit>();
  const taken = new Set<ComparedUnit>();
  const oldByCode = new Map(olds.map((o) => [o.code, o]));
  const pair = (n: ComparedUnit, o: ComparedUnit) => {
    matched.set(n, o);
    taken.add(o);
  };
  for (const n of news) {
    const o = oldByCode.get(n.code);
    if (o && o.key === n.key) pair(n, o);
  }
  const oldByKey = new Map<string, ComparedUnit[]>();
  for (const o of olds) if (!taken.has(o)) oldByKey.set(o.key, [...(oldByKey.get(o.key) ?? []), o]);
  for (const n of news) {
    // An empty text (an item named nowhere) says nothing about where it went.
    if (matched.has(n) || n.key === "") continue;
    const free = (oldByKey.get(n.key) ?? []).filter((o) => !taken.has(o));
    const o = free.find((c) => preferred(c, n)) ?? free[0];
    if (o) pair(n, o);
  }
  for (const n of news) {
    const o = oldByCode.get(n.code);
    if (!matched.has(n) && o && !taken.has(o)) pair(n, o);
  }
  return matched;
}

function dutyLabel(index: StandardIndex, code: string | null): string {
  const found = code === null ? undefined : index.lookup(code);
  return found ? `${found.code} ${found.text}` : "";
}

import type { StandardIndex } from "../../catalog";
import { compareStandards, type UnitGroup } from "../../compare";
import { invalidArgument, ok, type Locale, type Result, type Standard } from "../../model";
import type { PlanCell, SheetPlan } from "../sheet-plan";
import { cellValue } from "../plan-builder";
import { COLORS, font } from "../theme";
import { roleLabels, buildStaffingMatrix, MATRIX_TABLE_NAME, type StaffingMatrixOptions } from "./sheet";
import { unitKey, type ReadMatrix } from "./read-matrix";
import { DEFAULT_SCALES, matrixUnits, type MatrixUnit, type UnitKind } from "./units";
import { upgradeLabel } from "./upgrade-labels";

/** What moving a matrix did to its units. */
export interface UpgradeSummary {
  /** Same code, same name and level: ratings kept. */
  kept: string[];
  /** Renumbered or moved: ratings carried from the old code to the new one, "old→new". */
  carried: string[];
  /** Renamed or level changed: ratings kept, flagged for review. */
  review: string[];
  /** Removed: their ratings moved to the archive block. */
  archived: string[];
  /** New in the new version: empty. */
  added: string[];
}

export interface MatrixUpgrade {
  plan: SheetPlan;
  summary: UpgradeSummary;
}

export interface UpgradeOptions {
  /** The version the matrix was built on, and the version it moves to. */
  older: StandardIndex;
  newer: StandardIndex;
  /** The matrix's other standards, which stay as they are. */
  others: readonly Standard[];
  locale?: Locale;
  existingSheetNames?: Iterable<string>;
}

const GROUPS: Record<UnitKind, UnitGroup[]> = { tasks: ["task"], ks: ["knowledge", "skill"] };

/** What a matrix's rebuild on the new version takes from the old one, and what happened to its units. */
export interface PlannedMove {
  options: Required<
    Pick<StaffingMatrixOptions, "standards" | "units" | "people" | "roles" | "available" | "scale">
  > &
    Pick<StaffingMatrixOptions, "ratings" | "review">;
  summary: UpgradeSummary;
}

/**
 * How a staffing matrix built on `older` is rebuilt on `newer`: units whose code and name are
 * unchanged keep their ratings, renumbered ones carry theirs to the new code, renamed or
 * level-changed ones keep theirs and are flagged for review, removed ones are archived, new ones
 * start empty. The matrix's other standards, its rating scale and every person's name, role and
 * availability stay.
 */
export function planMatrixMove(read: ReadMatrix, options: UpgradeOptions): Result<PlannedMove> {
  const { older, newer } = options;
  const codes = [...new Set(read.units.map((u) => u.standardCode))];
  if (!codes.includes(older.standard.code)) {
    return invalidArgument(
      `此矩陣不是以 ${older.standard.code} 建立（它使用 ${codes.join("、")}）。`,
      `This matrix is not built on ${older.standard.code} (it uses ${codes.join(", ")}).`,
    );
  }
  const kind: UnitKind = read.units.every((u) => u.kind === "task") ? "tasks" : "ks";
  const oldStandards: Standard[] = [];
  for (const code of codes) {
    const found = code === older.standard.code ? older.standard : options.others.find((s) => s.code === code);
    if (!found) return invalidArgument(`未載入職能基準 ${code}。`, `Standard ${code} is not loaded.`);
    oldStandards.push(found);
  }
  const standards = oldStandards.map((s) => (s === older.standard ? newer.standard : s));

  const { matches, changes } = compareStandards(older, newer);
  const oldCodeOf = new Map(
    matches.filter((m) => GROUPS[kind].includes(m.group)).map((m) => [m.newCode, m.oldCode]),
  );
  const renamed = new Set(changes.filter((c) => c.change === "renamed").map((c) => c.newCode));
  const scale = read.scale ?? DEFAULT_SCALES[kind];
  const levelOf = (units: MatrixUnit[]) => new Map(units.map((u) => [u.code, u.level]));
  const oldLevels = levelOf(matrixUnits([older.standard], kind, scale));
  const newUnits = matrixUnits([newer.standard], kind, scale);

  const summary: UpgradeSummary = { kept: [], carried: [], review: [], archived: [], added: [] };
  const review = new Set<string>();
  for (const unit of newUnits) {
    const oldCode = oldCodeOf.get(unit.code);
    if (oldCode === undefined) summary.added.push(unit.code);
    else if (renamed.has(unit.code) || oldLevels.get(oldCode) !== unit.level) {
      summary.review.push(unit.code);
      review.add(unit.code);
    } else if (oldCode !== unit.code) summary.carried.push(`${oldCode}→${unit.code}`);
    else summary.kept.push(unit.code);
  }
  const carriedOld = new Set(oldCodeOf.values());
  summary.archived = read.units
    .filter((u) => u.standardCode === older.standard.code && !carriedOld.has(u.code))
    .map((u) => u.code);

  const oldRoles = roleLabels(oldStandards);
  const roleOf = (role: string): string | undefined => {
    const i = oldRoles.indexOf(role);
    const standard = i >= 0 ? oldStandards[i] : oldStandards.find((s) => s.code === role || s.name === role);
    return standard === older.standard ? newer.standard.code : standard?.code;
  };
  return ok({
    summary,
    options: {
      standards,
      units: kind,
      people: read.people.map((p) => p.name),
      roles: read.people.map((p) => roleOf(p.role) ?? ""),
      available: read.people.map((p) => p.available),
      scale,
      ratings: (p, unit) => {
        const ratings = read.people[p]!.ratings;
        if (unit.standard !== newer.standard)
          return ratings.get(unitKey(unit.standard.code, unit.code)) ?? null;
        const oldCode = oldCodeOf.get(unit.code);
        return oldCode === undefined ? null : (ratings.get(unitKey(older.standard.code, oldCode)) ?? null);
      },
      review: (unit) => unit.standard === newer.standard && review.has(unit.code),
    },
  });
}

/** A staffing matrix built on `older`, rebuilt on `newer` as planMatrixMove says, with its archive. */
export function upgradeStaffingMatrix(read: ReadMatrix, options: UpgradeOptions): Result<MatrixUpgrade> {
  const planned = planMatrixMove(read, options);
  if (!planned.ok) return planned;
  const built = buildStaffingMatrix({
    ...planned.value.options,
    locale: options.locale,
    existingSheetNames: options.existingSheetNames,
  });
  if (!built.ok) return built;
  const { summary } = planned.value;
  return ok({ plan: withArchive(built.value, read, summary.archived, options), summary });
}

/** The note on the move, and the removed units' ratings, in columns right of everything else. */
export function withArchive(
  plan: SheetPlan,
  read: ReadMatrix,
  archived: string[],
  options: UpgradeOptions,
): SheetPlan {
  const locale = options.locale ?? "zh";
  const table = plan.tables.find((t) => t.name === MATRIX_TABLE_NAME)!.range;
  const left = plan.columnWidths.length + 1;
  const vars = { old: options.older.standard.code, new: options.newer.standard.code };
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: string | number | null, style: string) =>
    cells.push({ row, col, value: cellValue(value), style });
  put(table.top - 1, left, upgradeLabel("note", locale, vars), "upgradeNote");
  archived.forEach((code, i) => {
    const col = left + i;
    put(table.top - 2, col, i === 0 ? upgradeLabel("archive", locale, vars) : null, "label");
    put(table.top, col, `${options.older.standard.code} ${code}`, "tableHeader");
    read.people.forEach((person, p) =>
      put(
        table.top + 1 + p,
        col,
        person.ratings.get(unitKey(options.older.standard.code, code)) ?? null,
        "rating",
      ),
    );
  });
  const width = Math.max(archived.length, 1);
  return {
    ...plan,
    // The note runs on one line to the right: the row it sits in is the matrix's, of one line's height.
    styles: { ...plan.styles, upgradeNote: { font: font({ italic: true, color: COLORS.muted }) } },
    cells: [...plan.cells, ...cells].sort((a, b) => a.row - b.row || a.col - b.col),
    merges: [
      ...plan.merges,
      ...(archived.length > 1
        ? [{ top: table.top - 2, left, bottom: table.top - 2, right: left + width - 1 }]
        : []),
    ].filter((m) => m.right > m.left || m.bottom > m.top),
    columnWidths: [...plan.columnWidths, 2, ...Array.from({ length: width }, () => 14)],
  };
}

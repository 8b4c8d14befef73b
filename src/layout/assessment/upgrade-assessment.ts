import { compareStandards } from "../../compare";
import { invalidArgument, ok, type Result } from "../../model";
import { cellValue } from "../plan-builder";
import type { PlanCell, SheetPlan } from "../sheet-plan";
import { COLORS, font } from "../theme";
import {
  matrixLabel,
  planMatrixMove,
  unitKey,
  withArchive,
  type ReadMatrix,
  type SheetValue,
  type UpgradeOptions,
  type UpgradeSummary,
} from "../staffing-matrix";
import { upgradeLabel } from "../staffing-matrix/upgrade-labels";
import { ASSESSMENT_TABLE_NAME, type GivenMarks } from "./assessment-sheet";
import { assessedTasks } from "./indicator-columns";
import { assessmentLabel } from "./labels";
import type { ReadAssessment } from "./read-assessment";
import { buildAssessmentWorkbook, type AssessmentSheetNames, type RatingSource } from "./workbook";

export interface AssessmentUpgrade {
  /** The matrix, assessment, derived-levels and training-needs sheets, under their old names. */
  plans: SheetPlan[];
  /** What happened to the matrix's tasks. */
  summary: UpgradeSummary;
  /** What happened to the assessment's behaviour indicators. */
  indicators: UpgradeSummary;
}

export interface AssessmentUpgradeOptions extends UpgradeOptions {
  sheetNames: AssessmentSheetNames;
}

/** Whether a matrix's ratings are derived from its assessment: its legend says so (either language). */
export function ratingSourceOf(values: readonly (readonly SheetValue[])[]): RatingSource {
  const legend = values[1]?.[0];
  return legend === matrixLabel("derivedLegend", "zh") || legend === matrixLabel("derivedLegend", "en")
    ? "derived"
    : "typed";
}

/**
 * A staffing matrix with its assessment, rebuilt on the new version: the matrix moves as
 * planMatrixMove says; each indicator's self and manager marks stay when its code and text are
 * unchanged, carry to its new code when renumbered, stay and are flagged when renamed or
 * level-changed, move to archive columns right of the assessment table when removed; new
 * indicators start empty. Derived levels and training needs are rebuilt on the carried marks, and a
 * derived-rating matrix points at the rebuilt levels.
 */
export function upgradeAssessmentWorkbook(
  matrix: ReadMatrix,
  assessment: ReadAssessment,
  rating: RatingSource,
  options: AssessmentUpgradeOptions,
): Result<AssessmentUpgrade> {
  if (assessment.people.length !== matrix.people.length) {
    return invalidArgument(
      `評核表有 ${assessment.people.length} 人，矩陣有 ${matrix.people.length} 人：兩者不相符。`,
      `The assessment has ${assessment.people.length} people and the matrix ${matrix.people.length}: they do not belong together.`,
    );
  }
  const planned = planMatrixMove(matrix, options);
  if (!planned.ok) return planned;
  if (planned.value.options.units !== "tasks") {
    return invalidArgument("評核表只搭配工作任務的矩陣。", "An assessment goes with a matrix of tasks only.");
  }
  const { older, newer } = options;
  const { matches, changes } = compareStandards(older, newer);
  const oldCodeOf = new Map(
    matches.filter((m) => m.group === "indicator").map((m) => [m.newCode, m.oldCode]),
  );
  const changed = new Set(
    changes
      .filter((c) => c.unit === "P" && (c.change === "renamed" || c.change === "levelChanged"))
      .map((c) => c.newCode),
  );
  const indicators: UpgradeSummary = { kept: [], carried: [], review: [], archived: [], added: [] };
  const seen = new Set<string>();
  for (const { indicators: list } of assessedTasks([newer.standard])) {
    for (const { code } of list) {
      if (seen.has(code)) continue;
      seen.add(code);
      const oldCode = oldCodeOf.get(code);
      if (oldCode === undefined) indicators.added.push(code);
      else if (changed.has(code)) indicators.review.push(code);
      else if (oldCode !== code) indicators.carried.push(`${oldCode}→${code}`);
      else indicators.kept.push(code);
    }
  }
  const carriedOld = new Set(oldCodeOf.values());
  indicators.archived = assessment.indicators
    .filter((i) => i.standardCode === older.standard.code && !carriedOld.has(i.code))
    .map((i) => i.code);

  const review = new Set(indicators.review);
  const given: GivenMarks = {
    mark: (person, manager, task, indicator) => {
      const marks = assessment.people[person]?.[manager ? "manager" : "self"];
      if (task.standard !== newer.standard)
        return marks?.get(unitKey(task.standard.code, indicator.code)) ?? null;
      const oldCode = oldCodeOf.get(indicator.code);
      return oldCode === undefined ? null : (marks?.get(unitKey(older.standard.code, oldCode)) ?? null);
    },
    review: (task, indicator) => task.standard === newer.standard && review.has(indicator.code),
  };
  const { standards, people, roles, available, scale, ratings, review: reviewUnit } = planned.value.options;
  const built = buildAssessmentWorkbook({
    standards,
    people,
    roles,
    available,
    scale,
    ratings,
    review: reviewUnit,
    rating,
    given,
    sheetNames: options.sheetNames,
    locale: options.locale,
  });
  if (!built.ok) return built;
  const [matrixPlan, assessmentPlan, ...rest] = built.value;
  const summary = planned.value.summary;
  return ok({
    plans: [
      withArchive(matrixPlan!, matrix, summary.archived, options),
      withNoteAndArchive(assessmentPlan!, assessment, indicators.archived, options),
      ...rest,
    ],
    summary,
    indicators,
  });
}

/**
 * The note on the move right of the assessment table, and the removed indicators' marks (self
 * and manager rows as they were) in columns beside it.
 */
function withNoteAndArchive(
  plan: SheetPlan,
  assessment: ReadAssessment,
  archived: string[],
  options: AssessmentUpgradeOptions,
): SheetPlan {
  const locale = options.locale ?? "zh";
  const table = plan.tables.find((t) => t.name === ASSESSMENT_TABLE_NAME)!.range;
  const left = table.right + 2;
  const old = options.older.standard.code;
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: string | null, style: string) =>
    cells.push({ row, col, value: cellValue(value), style });
  put(
    3,
    left,
    upgradeLabel("assessmentNote", locale, { old, new: options.newer.standard.code }),
    "upgradeNote",
  );
  if (archived.length > 0) put(2, left, upgradeLabel("archive", locale, { old }), "label");
  archived.forEach((code, i) => {
    const col = left + i;
    put(table.top, col, `${old} ${code}`, "tableHeader");
    assessment.people.forEach((person, p) =>
      (["self", "manager"] as const).forEach((rater, r) => {
        const mark = person[rater].get(unitKey(old, code));
        put(table.top + 1 + p * 2 + r, col, mark ? assessmentLabel(mark, locale) : null, "rating");
      }),
    );
  });
  return {
    ...plan,
    styles: { ...plan.styles, upgradeNote: { font: font({ italic: true, color: COLORS.muted }) } },
    cells: [...plan.cells, ...cells].sort((a, b) => a.row - b.row || a.col - b.col),
    columnWidths: [
      ...plan.columnWidths,
      2,
      ...Array.from({ length: Math.max(archived.length, 1) }, () => 14),
    ],
  };
}

import { invalidArgument, ok, type Result } from "../../model";
import { cellAddress } from "../a1";
import { layoutFormula, type SheetPlan } from "../sheet-plan";
import { uniqueSheetName } from "../sheet-name";
import {
  buildStaffingMatrix,
  matrixGeometry,
  matrixLabel,
  MAX_PEOPLE,
  roleLabels,
  type StaffingMatrixOptions,
} from "../staffing-matrix";
import { buildAssessmentSheet, type GivenMarks } from "./assessment-sheet";
import { buildDerivedSheet, derivedGeometry } from "./derived-sheet";
import { sheetPrefix } from "./formulas";
import { assessedTasks, trainingItems } from "./indicator-columns";
import { assessmentLabel } from "./labels";
import { buildTrainingSheet } from "./training-sheet";

/** Where the matrix's ratings come from: levels derived from the assessment, or typed in. */
export type RatingSource = "derived" | "typed";

export interface AssessmentWorkbookOptions extends Omit<StaffingMatrixOptions, "units" | "derivedRatings"> {
  rating?: RatingSource;
  /** Marks carried from an assessment on another version. */
  given?: GivenMarks;
  /** The four sheets' names as they are (a workbook rebuilt in place), instead of new ones. */
  sheetNames?: AssessmentSheetNames;
}

export interface AssessmentSheetNames {
  matrix: string;
  assessment: string;
  derived: string;
  training: string;
}

/**
 * The staffing matrix of tasks with its assessment (indicator marks per person and rater), the
 * levels derived from it and the training needs, as four sheets that refer to each other.
 */
export function buildAssessmentWorkbook(options: AssessmentWorkbookOptions): Result<SheetPlan[]> {
  const locale = options.locale ?? "zh";
  const people = options.people ?? 10;
  const count = typeof people === "number" ? people : people.length;
  if (!Number.isInteger(count) || count < 1 || count > MAX_PEOPLE)
    return invalidArgument(
      `人數必須是 1 到 ${MAX_PEOPLE}。`,
      `The number of people must be from 1 to ${MAX_PEOPLE}.`,
    );
  const tasks = assessedTasks(options.standards);
  if (tasks.every((t) => t.indicators.length === 0))
    return invalidArgument(
      "所選職能基準沒有可評核的行為指標。",
      "The chosen standards have no behaviour indicators to assess.",
    );
  const taken = [...(options.existingSheetNames ?? [])];
  const claim = (wished: string) => {
    const name = uniqueSheetName(wished, taken);
    taken.push(name);
    return name;
  };
  const names = options.sheetNames ?? {
    matrix: claim(matrixLabel("sheet", locale)),
    assessment: claim(assessmentLabel("assessmentSheet", locale)),
    derived: claim(assessmentLabel("derivedSheet", locale)),
    training: claim(assessmentLabel("trainingSheet", locale)),
  };
  const { matrix: matrixSheet, assessment: assessmentSheet, derived: derivedSheet } = names;
  const trainingSheet = names.training;

  const derived = derivedGeometry();
  const matrix = buildStaffingMatrix({
    ...options,
    people,
    units: "tasks",
    ...(options.rating === "derived"
      ? {
          derivedRatings: (person: number, unit: number) =>
            layoutFormula(
              `${sheetPrefix(derivedSheet)}${cellAddress(derived.dataTop + person, derived.levelCol(unit))}`,
            ),
        }
      : {}),
  });
  if (!matrix.ok) return matrix;
  const geometry = matrixGeometry(roleLabels(options.standards).length, tasks.length);
  const shared = { tasks, people: count, matrixSheet, matrix: geometry, locale };
  const assessment = buildAssessmentSheet({ ...shared, name: assessmentSheet, given: options.given });
  return ok([
    { ...matrix.value, name: matrixSheet },
    assessment.plan,
    buildDerivedSheet({ ...shared, name: derivedSheet, assessmentSheet, assessment: assessment.geometry }),
    buildTrainingSheet({ ...shared, name: trainingSheet, items: trainingItems(options.standards, tasks) }),
  ]);
}

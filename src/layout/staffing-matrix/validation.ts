import { invalidArgument, type Result } from "../../model";
import { MAX_PEOPLE, type RatingScale } from "./units";

/** What is wrong with a rating scale, said precisely (the minimum above the maximum is not just "invalid"), or null. */
export function ratingScaleProblem({ min, max }: RatingScale): Result<never> | null {
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 0))
    return invalidArgument(
      `評分尺度 ${min}–${max} 的兩端必須是從 0 起的整數。`,
      `The rating scale ${min}–${max} must run between whole numbers from 0.`,
    );
  if (min > max)
    return invalidArgument(
      `評分尺度的最小值 ${min} 大於最大值 ${max}。`,
      `The rating scale's minimum ${min} is above its maximum ${max}.`,
    );
  if (min === max)
    return invalidArgument(
      `評分尺度至少需要兩級（最小值與最大值都是 ${min}）。`,
      `A rating scale needs at least two steps (its minimum and maximum are both ${min}).`,
    );
  if (max - min > 20)
    return invalidArgument(
      `評分尺度最多 21 級（${min}–${max} 有 ${max - min + 1} 級）。`,
      `A rating scale has at most 21 steps (${min}–${max} has ${max - min + 1}).`,
    );
  return null;
}

/** Why a number of people cannot make a matrix (0, a fraction, more than MAX_PEOPLE), or null. */
export function peopleCountProblem(people: number): Result<never> | null {
  if (Number.isInteger(people) && people >= 1 && people <= MAX_PEOPLE) return null;
  return invalidArgument(
    `人數必須是 1 到 ${MAX_PEOPLE}。`,
    `The number of people must be from 1 to ${MAX_PEOPLE}.`,
  );
}

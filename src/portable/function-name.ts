/**
 * The COMPETENCY function a call's name stands for, in each form a workbook may hold it:
 * `COMPETENCY.KNOWLEDGE` (as typed), `_xldudf_COMPETENCY_KNOWLEDGE` (as Excel saves a custom
 * function in the file) and `[2]!_xldudf_COMPETENCY_KNOWLEDGE` (as Excel rewrites it after an
 * add-in conflict). Null for any other name.
 */
const PREFIXES = ["COMPETENCY.", "_XLDUDF_COMPETENCY_"];

/** Whether a name is written in a form Excel leaves broken without rebinding it. */
export type CallForm = "typed" | "saved" | "linked";

export function competencyFunction(
  name: string,
  functionIds: readonly string[],
): { id: string; form: CallForm } | null {
  const bang = name.lastIndexOf("!");
  const linked = name.startsWith("[") && bang > 0;
  const bare = (linked ? name.slice(bang + 1) : name).toUpperCase();
  const prefix = PREFIXES.find((p) => bare.startsWith(p));
  if (!prefix) return null;
  const id = bare.slice(prefix.length);
  if (!functionIds.includes(id)) return null;
  return { id, form: linked ? "linked" : prefix === PREFIXES[0] ? "typed" : "saved" };
}

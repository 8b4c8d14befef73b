import type { SearchHit } from "../../catalog";
import type { Translate } from "../i18n/context";
import type { StringKey } from "../i18n/strings";

const FIELD_LABEL: Record<string, StringKey> = {
  code: "codeLabel",
  name: "fieldName",
  description: "fieldDescription",
  category: "fieldCategory",
  occupation: "fieldOccupation",
  industry: "fieldIndustry",
  notes: "fieldNotes",
};

const KIND_LABEL: Record<Exclude<SearchHit["kind"], "T" | "N">, StringKey> = {
  O: "hitOutput",
  P: "hitIndicator",
  K: "hitKnowledge",
  S: "hitSkill",
  A: "hitAttitude",
};

export interface HitLocation {
  /** What matched: 工作任務, 知識, 工作描述… */
  label: string;
  /** The code to show next to it, or "" for header and note texts. */
  code: string;
  /** Where it sits: its task, the tasks requiring it, its levels. */
  where: string;
  /** The element of the detail view to bring into view (see StandardDetail). */
  target: string;
}

/** Says where a search hit matched, in words, and where the detail view should go. */
export function hitLocation(hit: SearchHit, t: Translate): HitLocation {
  const sep = t("listSeparator");
  const levels = hit.levels.length > 0 ? t("whereLevels", { levels: hit.levels.join(sep) }) : "";
  const tasks = hit.tasks.join(sep);
  const join = (...parts: string[]): string => parts.filter((p) => p !== "").join(" · ");
  switch (hit.kind) {
    case "N":
      return {
        label: t(FIELD_LABEL[hit.code] ?? "fieldNotes"),
        code: "",
        where: "",
        target: hit.code === "notes" ? "section:notes" : "section:summary",
      };
    case "T":
      return {
        label: t(hit.code.includes(".") ? "hitTask" : "hitDuty"),
        code: hit.code,
        where: levels,
        target: `code:${hit.code}`,
      };
    case "O":
    case "P":
      return {
        label: t(KIND_LABEL[hit.kind]),
        code: hit.code,
        where: join(t("whereTask", { tasks }), levels),
        target: `code:${hit.code}`,
      };
    case "K":
    case "S":
      return {
        label: t(KIND_LABEL[hit.kind]),
        code: hit.code,
        where: join(tasks === "" ? t("whereNoTask") : t("whereRequiredBy", { tasks }), levels),
        target: `code:${hit.code}`,
      };
    case "A":
      return { label: t(KIND_LABEL.A), code: hit.code, where: t("whereWhole"), target: `code:${hit.code}` };
  }
}

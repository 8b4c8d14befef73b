import type { Standard } from "../model";
import type { StandardIndex } from "./standard-index";

/** The header fields COMPETENCY.INFO answers, by name; the portable lookup table lists the same. */
export const INFO_FIELDS: Record<string, (s: Standard, index: StandardIndex) => string | number> = {
  code: (s) => s.code,
  name: (s) => s.name,
  level: (s) => s.level ?? "",
  description: (s) => s.description,
  category: (s) => s.category.name,
  category_code: (s) => s.category.code,
  occupation: (s) => s.occupation.name,
  occupation_code: (s) => s.occupation.code,
  industry: (s) => s.industry.name,
  industry_code: (s) => s.industry.code,
  updated: (_s, index) => index.currentVersion()?.date ?? "",
  status: (_s, index) => index.currentVersion()?.status ?? "",
};

export const INFO_FIELD_NAMES = Object.keys(INFO_FIELDS);

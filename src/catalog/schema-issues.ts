import type { core } from "zod/mini";
import type { LocalizedText } from "../model";

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { zh: "文字", en: "text" },
  number: { zh: "數字", en: "a number" },
  int: { zh: "整數", en: "a whole number" },
  array: { zh: "清單", en: "a list" },
  object: { zh: "物件", en: "an object" },
  null: { zh: "空值", en: "null" },
};

function typeName(expected: string): LocalizedText {
  return TYPE_NAMES[expected] ?? { zh: expected, en: expected };
}

/** One validation problem in both languages, "standards.0.code：應為文字" / "standards.0.code: expected text". */
export function describeIssue(issue: core.$ZodIssue): LocalizedText {
  const path = issue.path.join(".");
  const say = (zh: string, en: string): LocalizedText => ({
    zh: `${path || "（最上層）"}：${zh}`,
    en: `${path || "(root)"}: ${en}`,
  });
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeName(issue.expected);
      return say(`應為${expected.zh}`, `expected ${expected.en}`);
    }
    case "too_big":
      return say(`超過上限 ${String(issue.maximum)}`, `more than the maximum of ${String(issue.maximum)}`);
    case "too_small":
      return say(`低於下限 ${String(issue.minimum)}`, `less than the minimum of ${String(issue.minimum)}`);
    case "invalid_format":
      return say("格式不符", "not in the expected format");
    case "unrecognized_keys":
      return say(`不認得的欄位 ${issue.keys.join("、")}`, `unknown fields ${issue.keys.join(", ")}`);
    case "invalid_value":
      return say(
        `應為 ${issue.values.map(String).join("、")}`,
        `expected ${issue.values.map(String).join(" or ")}`,
      );
    default:
      return say("不符合格式", "does not fit the format");
  }
}

import type { LocalizedText } from "../model";

/** Why a formula's tokens could not be placed in its text; positions count from 1, as a person reads. */
export const TOKEN_PROBLEMS = {
  mismatch: (at: number, text: string): LocalizedText => ({
    zh: `公式第 ${at + 1} 個字元起（「${text}」）與分詞器讀到的不一致，公式保持原樣。`,
    en: `From character ${at + 1} ("${text}") the formula does not match what the tokenizer read; it is left as it is.`,
  }),
  hash: (at: number): LocalizedText => ({
    zh: `公式第 ${at + 1} 個字元的「#」既不是錯誤值（#N/A、#REF!、#SPILL! 等），也不是溢出參照（A1#）。`,
    en: `The "#" at character ${at + 1} is neither an error value (#N/A, #REF!, #SPILL!…) nor a spill reference (A1#).`,
  }),
  separator: (at: number, separator: string): LocalizedText => ({
    zh: `公式第 ${at + 1} 個字元的「${separator}」不在函數引數或陣列常數中。`,
    en: `The "${separator}" at character ${at + 1} separates no function arguments or array values.`,
  }),
  unbalanced: {
    zh: "公式的括號不成對：有右括號或右大括號沒有對應的左括號。",
    en: "The formula's parentheses do not pair: a ) or } closes nothing.",
  },
  unclosed: {
    zh: "公式有未關閉的括號、大括號或字串。",
    en: "The formula has a parenthesis, brace or string that is not closed.",
  },
  bracket: {
    zh: "公式中結構化參照的方括號沒有關閉。",
    en: "A structured reference's square brackets are not closed.",
  },
} satisfies Record<string, LocalizedText | ((...args: never[]) => LocalizedText)>;

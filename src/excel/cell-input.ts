import type { CellStyle, CellValue } from "../layout";
import type { CellInput } from "./excel-port";

/** Leading characters that make Excel parse typed text as a formula (or eat a quote prefix). */
const PARSED_START = /^[=+\-@']/;

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/**
 * What to write into `values` and `numberFormat` so Excel stores the plan's value unchanged.
 * Office.js parses written strings as if typed: "=1+1" becomes a formula, "3521" a number,
 * "2024-12-15" a date. Text cells therefore get the Text format ("@") first, which keeps
 * digits and dates as text; text starting with = + - @ or ' also gets Excel's quote prefix
 * (a leading apostrophe, stored as the cell's quotePrefix flag, not shown) and the General
 * format, because the apostrophe is what Excel documents for formula-looking text.
 * Formula cells get null here and are written through `formulas`.
 */
export function cellInput(
  value: CellValue | null,
  style: CellStyle | undefined,
): { input: CellInput; format: string | null } {
  const styled = style?.numberFormat ?? null;
  if (value === null) return { input: null, format: styled };
  switch (value.kind) {
    case "text":
      return PARSED_START.test(value.text)
        ? { input: `'${value.text}`, format: GENERAL_FORMAT }
        : { input: value.text, format: TEXT_FORMAT };
    case "number":
      return { input: value.number, format: styled ?? GENERAL_FORMAT };
    case "boolean":
      return { input: value.boolean, format: styled ?? GENERAL_FORMAT };
    case "formula":
      return { input: null, format: styled ?? GENERAL_FORMAT };
  }
}

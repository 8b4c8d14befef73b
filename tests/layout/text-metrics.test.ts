import { displayWidth, rowHeightFor, wrappedLineCount } from "../../src/layout";

describe("text metrics", () => {
  it("counts CJK and full-width characters as two units, others as one", () => {
    expect(displayWidth("K01")).toBe(3);
    expect(displayWidth("雲端運算")).toBe(8);
    expect(displayWidth("（SaaS）")).toBe(8);
  });

  it("counts explicit lines and wraps long ones at the column width", () => {
    expect(wrappedLineCount("K01 甲\nK02 乙", 30, 10)).toBe(2);
    // 20 CJK characters = 40 units in a 21-unit column (20 usable): two lines.
    expect(wrappedLineCount("職".repeat(20), 21, 10)).toBe(2);
    expect(wrappedLineCount("職".repeat(21), 21, 10)).toBe(3);
  });

  it("wraps Latin text at spaces, not inside words", () => {
    expect(wrappedLineCount("alpha beta gamma", 12, 10)).toBe(2);
  });

  it("scales with the font size and caps at Excel's 409-point row", () => {
    expect(wrappedLineCount("職".repeat(10), 21, 20)).toBe(2);
    expect(rowHeightFor(1, 10)).toBeGreaterThanOrEqual(15);
    expect(rowHeightFor(1000, 10)).toBe(409);
  });
});

import { sanitizeSheetName, uniqueSheetName } from "../../src/layout";

describe("sheet names", () => {
  it("replaces the characters Excel forbids and trims to 31 characters", () => {
    expect(sanitizeSheetName("a:b\\c/d?e*f[g]h")).toBe("a b c d e f g h");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName("職".repeat(40))).toBe("職".repeat(31));
  });

  it("never starts or ends with an apostrophe and is never empty", () => {
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("'''")).toBe("Sheet");
    expect(sanitizeSheetName("[]:")).toBe("Sheet");
  });

  it("does not split a surrogate pair when clipping", () => {
    const name = sanitizeSheetName(`${"a".repeat(30)}𠀋`);
    expect(name).toBe("a".repeat(30));
  });

  it("adds a numbered suffix when the name is taken, ignoring case", () => {
    expect(uniqueSheetName("Data", ["Sheet1"])).toBe("Data");
    expect(uniqueSheetName("Data", ["DATA"])).toBe("Data (2)");
    expect(uniqueSheetName("Data", ["data", "Data (2)"])).toBe("Data (3)");
  });

  it("shortens a long name so the suffix still fits in 31 characters", () => {
    const long = "INM2521-001v2 雲端架構工程人員與其他很長的名稱";
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.toUpperCase()).not.toBe(first.toUpperCase());
  });

  it("treats Excel's reserved name History as taken", () => {
    expect(uniqueSheetName("history", [])).toBe("history (2)");
  });
});

import { sanitizeTableName, uniqueTableName } from "../../src/layout";

describe("table names", () => {
  it("keeps letters, digits, underscores and periods and replaces the rest", () => {
    expect(sanitizeTableName("Competency_INM2521-001v2")).toBe("Competency_INM2521_001v2");
    expect(sanitizeTableName("職能 表")).toBe("職能_表");
  });

  it("never starts with a digit or looks like a cell reference", () => {
    expect(sanitizeTableName("2024")).toBe("_2024");
    expect(sanitizeTableName("INM2521")).toBe("_INM2521");
    expect(sanitizeTableName("R1C1")).toBe("_R1C1");
    expect(sanitizeTableName("C")).toBe("_C");
  });

  it("numbers a name the workbook already has, ignoring case", () => {
    expect(uniqueTableName("CompetencyData", ["competencydata"])).toBe("CompetencyData_2");
    expect(uniqueTableName("CompetencyData", ["CompetencyData", "CompetencyData_2"])).toBe(
      "CompetencyData_3",
    );
  });
});

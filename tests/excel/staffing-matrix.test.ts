import { applySheetPlan } from "../../src/excel";
import { rangeAddress, type SheetPlan } from "../../src/layout";
import { buildStaffingMatrix, type StaffingMatrixOptions } from "../../src/layout/staffing-matrix";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { FakeExcel } from "./fake-excel";
import { expectFakeMatchesPlan } from "./fake-matches-plan";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function matrix(options: Partial<StaffingMatrixOptions> = {}): SheetPlan {
  const built = buildStaffingMatrix({ standards: [cloud, service], people: ["甲", "乙", "丙"], ...options });
  if (!built.ok) throw new Error(built.error.message.en);
  return built.value;
}

describe("inserting a staffing matrix through Office.js", () => {
  test("lands as planned, formulas as formulas, in two syncs", async () => {
    const plan = matrix();
    const excel = new FakeExcel();
    const applied = await applySheetPlan(excel.context, plan);
    expect([applied.syncs, excel.syncs]).toEqual([2, 2]);
    expectFakeMatchesPlan(excel.sheet(applied.name), plan);
  });

  test("the rating dropdowns, role dropdowns and colour rules are applied to their ranges", async () => {
    const plan = matrix();
    const excel = new FakeExcel();
    const sheet = excel.sheet((await applySheetPlan(excel.context, plan)).name);
    expect(sheet.sets.get("C13:J15|dataValidation.rule")).toEqual({
      list: { inCellDropDown: true, source: "0,1,2,3,4,5,6" },
    });
    expect(sheet.sets.get("C13:J15|dataValidation.ignoreBlanks")).toBe(true);
    expect(sheet.sets.get("B13:B15|dataValidation.rule")).toEqual({
      list: { inCellDropDown: true, source: "雲端架構工程人員,雲端資訊服務人員" },
    });
    expect(sheet.calls.filter((c) => c.startsWith("conditionalFormat"))).toEqual([
      "conditionalFormat(CellValue,C9:J9)",
      "conditionalFormat(Custom,C13:J15)",
      "conditionalFormat(Custom,C13:J15)",
      "conditionalFormat(Custom,C13:J15)",
      "conditionalFormat(DataBar,M13:M15)",
    ]);
    expect(sheet.sets.get("M13:M15|conditionalFormat[DataBar].dataBar.lowerBoundRule")).toEqual({
      type: "Number",
      formula: "0",
    });
    expect(sheet.sets.get("M13:M15|conditionalFormat[DataBar].dataBar.upperBoundRule")).toEqual({
      type: "Number",
      formula: "1",
    });
    expect(sheet.sets.get("M13:M15|conditionalFormat[DataBar].dataBar.positiveFormat.fillColor")).toBe(
      "#5B9BD5",
    );
    expect(plan.validations.map((v) => rangeAddress(v.range))).toEqual([
      "C13:J15",
      "B13:B15",
      "O13:O15",
      "R16",
    ]);
    expect(sheet.sets.get("R16|dataValidation.rule")).toEqual({
      list: { inCellDropDown: true, source: "=$A$13:$A$15" },
    });
  });

  test("a radar of the chosen person and a column chart of people meeting each unit, in the same two syncs", async () => {
    const plan = matrix();
    const excel = new FakeExcel();
    const applied = await applySheetPlan(excel.context, plan);
    expect(applied.syncs).toBe(2);
    const sheet = excel.sheet(applied.name);
    expect(sheet.calls.filter((c) => c.startsWith("chart"))).toEqual([
      "chart[0]=add(Radar,R18:R25,Columns)",
      "chart[0].title=個人級別與角色要求",
      "chart[0].series[0].name=此人級別",
      "chart[0].series[0].setXAxisValues(Q18:Q25)",
      "chart[0].series.add(角色要求)",
      "chart[0].series[1].name=角色要求",
      "chart[0].series[1].setValues(S18:S25)",
      "chart[0].series[1].setXAxisValues(Q18:Q25)",
      "chart[0].setPosition(V12,AC30)",
      "chart[1]=add(ColumnClustered,C9:J9,Rows)",
      "chart[1].title=各項達標人數（依角色要求，可出勤者）",
      "chart[1].series[0].name=達標人數（依角色要求，可出勤者）",
      "chart[1].series[0].setXAxisValues(C12:J12)",
      "chart[1].setPosition(V32,AC50)",
    ]);
  });

  test("500 people × 60 units stays within three syncs and 5 MB requests", async () => {
    const wide = {
      ...cloud,
      duties: Array.from({ length: 15 }, (_, d) => ({
        ...cloud.duties[1]!,
        code: `T${d + 1}`,
        tasks: cloud.duties[1]!.tasks.map((t, i) => ({ ...t, code: `T${d + 1}.${i + 1}` })).concat([
          { ...cloud.duties[0]!.tasks[0]!, code: `T${d + 1}.4` },
        ]),
      })),
    };
    const plan = matrix({ standards: [wide], people: 500 });
    expect(plan.tables[0]!.range.right - 1 - 5).toBe(60);
    const excel = new FakeExcel();
    const applied = await applySheetPlan(excel.context, plan);
    expect(applied.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...excel.requestSizes)).toBeLessThan(5_000_000);
  });

  test("a failure leaves the workbook as it was", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"], failOn: /conditionalFormat/ });
    await expect(applySheetPlan(excel.context, matrix())).rejects.toThrow();
    expect(excel.state()).toEqual({ sheets: ["Sheet1"], tables: [], active: "Sheet1" });
  });
});

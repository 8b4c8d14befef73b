import { OfficeMockObject } from "office-addin-mock";
import { applySheetPlan, insertSheetPlans, type PlanRun } from "../../src/excel";
import { buildDataSheet, buildStandardSheet } from "../../src/layout";
import { edgeCases, scaleStandard } from "../fixtures/standards";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { featurePlan } from "../layout/feature-plan";
import { FakeExcel } from "./fake-excel";
import { expectFakeMatchesPlan, propertyByCell } from "./fake-matches-plan";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;
const FIVE_MB = 5 * 1000 * 1000;

describe("applying a SheetPlan through Office.js", () => {
  it("writes both seed standards and the data sheet as planned, in two syncs each", async () => {
    for (const plan of [
      buildStandardSheet(cloud),
      buildStandardSheet(service),
      buildDataSheet([cloud, service]),
      featurePlan(),
    ]) {
      const excel = new FakeExcel();
      const applied = await applySheetPlan(excel.context, plan);
      expect(applied.syncs).toBe(2);
      expect(excel.syncs).toBe(2);
      expect(applied.name).toBe(plan.name);
      expectFakeMatchesPlan(excel.sheet(applied.name), plan);
      expect(excel.active).toBe(applied.name);
    }
  });

  it("freezes panes, sets up printing and colours the tab", async () => {
    const excel = new FakeExcel();
    const plan = buildStandardSheet(cloud);
    const { name } = await applySheetPlan(excel.context, plan);
    const sheet = excel.sheet(name);
    const breaks = plan.pageBreaks!.map((row) => `horizontalPageBreaks.add(A${row + 1})`);
    expect(breaks.length).toBeGreaterThan(0);
    expect(sheet.calls).toEqual(expect.arrayContaining(["freezeRows(9)", ...breaks]));
    // The standard sheet repeats its headers itself, above the tables they belong to.
    expect(sheet.calls.filter((call) => call.startsWith("setPrintTitleRows"))).toEqual([]);
    expect(sheet.sets.get("|pageLayout.headersFooters.defaultForAllPages.leftHeader")).toBe(
      "INM2521-001v2  雲端架構工程人員  版本 V2",
    );
    expect(sheet.sets.get("|pageLayout.orientation")).toBe("Landscape");
    expect(sheet.sets.get("|pageLayout.paperSize")).toBe("A4");
    expect(sheet.sets.get("|pageLayout.zoom")).toEqual({ horizontalFitToPages: 1 });
    expect(sheet.sets.get("|pageLayout.leftMargin")).toBe(18);
    expect(sheet.sets.get("|pageLayout.headersFooters.defaultForAllPages.centerFooter")).toBe("&P / &N");
    expect(sheet.sets.get("|tabColor")).toBe("#2E75B6");

    const data = new FakeExcel();
    const table = await applySheetPlan(data.context, buildDataSheet([cloud]));
    expect(data.sheet(table.name).calls).toContain("setPrintTitleRows($1:$1)");

    const matrix = new FakeExcel();
    const applied = await applySheetPlan(matrix.context, featurePlan());
    expect(matrix.sheet(applied.name).calls).toContain("freezeAt(A1)");

    const columnsOnly = new FakeExcel();
    const columnsFrozen = { ...featurePlan(), freeze: { rows: 0, columns: 2 } };
    const frozen = await applySheetPlan(columnsOnly.context, columnsFrozen);
    expect(columnsOnly.sheet(frozen.name).calls).toContain("freezeColumns(2)");
  });

  it("adds tables only after their cells are written, in the order Excel runs the queue", async () => {
    const excel = new FakeExcel();
    const plan = buildDataSheet([cloud]);
    await applySheetPlan(excel.context, plan);
    const tables = excel.sheets.flatMap((s) => s.tables.map((t) => `${t.name}@${t.cellsWhenAdded}`));
    expect(tables).toEqual([`CompetencyData@${plan.cells.filter((c) => c.value).length}`]);
  });

  it("writes a list validation and both kinds of conditional format", async () => {
    const excel = new FakeExcel();
    const { name } = await applySheetPlan(excel.context, featurePlan());
    const sets = excel.sheet(name).sets;
    expect(sets.get("B2:C3|dataValidation.rule")).toEqual({
      list: { inCellDropDown: true, source: "1,2,3,4,5,6,7" },
    });
    expect(sets.get("B2:C3|dataValidation.prompt")).toMatchObject({ message: "1–7", showPrompt: true });
    expect(sets.get("B2:C3|conditionalFormat[CellValue].cellValue.rule")).toEqual({
      formula1: "=1",
      formula2: "=2",
      operator: "Between",
    });
    expect(sets.get("B2:C3|conditionalFormat[CellValue].cellValue.format.fill.color")).toBe("#C6EFCE");

    const standard = new FakeExcel();
    const applied = await applySheetPlan(standard.context, buildStandardSheet(cloud));
    expect(
      standard.sheet(applied.name).sets.get("A11:A14|conditionalFormat[Custom].custom.rule.formula"),
    ).toBe("=$A11=$A10");
  });
});

describe("text that looks like a formula", () => {
  it("is stored as the same text: Excel's parsing is defeated by the Text format and the quote prefix", async () => {
    const excel = new FakeExcel();
    const plan = buildStandardSheet(edgeCases);
    const { name } = await applySheetPlan(excel.context, plan);
    const sheet = excel.sheet(name);
    for (const cell of plan.cells) {
      if (cell.value?.kind !== "text") continue;
      const stored = sheet.cells.get(`${cell.row}:${cell.col}`);
      expect(stored).toEqual(expect.objectContaining({ text: cell.value.text }));
      expect(stored?.formula).toBeUndefined();
      expect(stored?.quotePrefix ?? false).toBe(/^[=+\-@']/.test(cell.value.text));
    }
    expect(sheet.cells.get("6:1")).toMatchObject({
      text: '=HYPERLINK("http://example.com")',
      quotePrefix: true,
    });
    expect(sheet.cells.get("3:6")).toMatchObject({ text: "TST", numberFormat: "@" });
  });

  it("keeps digits and dates as text too, and layout formulas as formulas", async () => {
    const excel = new FakeExcel();
    const { name } = await applySheetPlan(excel.context, featurePlan());
    const sheet = excel.sheet(name);
    expect(sheet.cells.get("1:0")).toMatchObject({ text: "=Ann", quotePrefix: true });
    expect(sheet.cells.get("1:3")).toMatchObject({ formula: "=AVERAGE(B2:C2)/7", numberFormat: "0.0%" });
    expect(sheet.cells.get("1:4")).toMatchObject({ boolean: true });

    const seed = new FakeExcel();
    const applied = await applySheetPlan(seed.context, buildStandardSheet(cloud));
    expect(seed.sheet(applied.name).cells.get("4:6")).toMatchObject({ text: "3521", numberFormat: "@" });
    expect(seed.sheet(applied.name).cells.get("2:3")).toMatchObject({
      text: "2024-12-15",
      numberFormat: "@",
    });
  });

  it("would become a formula if written plainly (the fake models Excel's parsing)", async () => {
    const excel = new FakeExcel();
    const range = excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
    range.values = [["=1+1", "3521", "-負號"]];
    await excel.context.sync();
    expect([...excel.sheet("Sheet1").cells.values()]).toEqual([
      { formula: "=1+1" },
      { number: 3521 },
      { formula: "=-負號" },
    ]);
  });
});

describe("sheet and table names", () => {
  it("never overwrites a sheet: a taken name (ignoring case) and a taken table name get suffixes", async () => {
    const excel = new FakeExcel({
      sheets: ["Sheet1", "inm2521-001V2 雲端架構工程人員"],
      tables: ["COMPETENCYDATA"],
    });
    const applied = await applySheetPlan(excel.context, buildStandardSheet(cloud));
    expect(applied).toMatchObject({ name: "INM2521-001v2 雲端架構工程人員 (2)", tables: [] });
    const data = await applySheetPlan(excel.context, buildDataSheet([cloud]));
    expect(data).toMatchObject({ name: "職能資料", tables: ["CompetencyData_2"] });
    const original = excel.sheet("inm2521-001V2 雲端架構工程人員");
    expect(original.cells.size + original.sets.size + original.calls.length + original.merges.length).toBe(0);
    expect(excel.state().sheets).toEqual([
      "Sheet1",
      "inm2521-001V2 雲端架構工程人員",
      "INM2521-001v2 雲端架構工程人員 (2)",
      "職能資料",
    ]);
  });

  it("gives each of several inserted plans its own sheet, through Excel.run", async () => {
    const excel = new FakeExcel();
    const officeExcel = new OfficeMockObject({
      run: async (batch: Parameters<PlanRun>[0]) => batch(excel.context),
    }) as unknown as {
      run: PlanRun;
    };
    const plan = buildStandardSheet(cloud);
    const applied = await insertSheetPlans(officeExcel.run, [plan, plan, buildDataSheet([cloud])]);
    expect(applied.map((a) => a.name)).toEqual([
      "INM2521-001v2 雲端架構工程人員",
      "INM2521-001v2 雲端架構工程人員 (2)",
      "職能資料",
    ]);
    expect(applied.map((a) => a.tables)).toEqual([[], [], ["CompetencyData"]]);
    expect(excel.active).toBe("職能資料");
  });
});

describe("atomicity", () => {
  const start = { sheets: ["Sheet1", "Notes"], tables: ["Existing"], active: "Notes" };

  it.each([
    ["the table", /^tables\.add/, () => buildDataSheet([cloud])],
    ["a merge", /^merge\(B7:G7\)/, () => buildStandardSheet(cloud)],
    ["the first values", /^values/, () => buildStandardSheet(cloud)],
    ["the print titles", /^setPrintTitleRows/, () => buildDataSheet([cloud])],
    ["a page break", /^horizontalPageBreaks/, () => buildStandardSheet(cloud)],
  ])(
    "deletes the half-made sheet and restores the active sheet when %s fails",
    async (_what, failOn, plan) => {
      const excel = new FakeExcel({ ...start, failOn });
      await expect(applySheetPlan(excel.context, plan())).rejects.toThrow("InvalidArgument");
      expect(excel.state()).toEqual({ sheets: ["Sheet1", "Notes"], tables: ["Existing"], active: "Notes" });
    },
  );

  it("rolls back a sheet written over several requests when a late one fails", async () => {
    const excel = new FakeExcel({ ...start, failOn: /^values\(A2\d{2}:/ });
    const plan = buildDataSheet([scaleStandard(cloud, 5)]);
    await expect(applySheetPlan(excel.context, plan, { requestBudget: 40_000 })).rejects.toThrow(
      "InvalidArgument",
    );
    expect(excel.syncs).toBeGreaterThan(4);
    expect(excel.state()).toEqual({ sheets: ["Sheet1", "Notes"], tables: ["Existing"], active: "Notes" });
  });

  it("fails before touching the workbook when the names cannot be read", async () => {
    const excel = new FakeExcel({ failOn: /never/ });
    excel.context.sync = async () => {
      throw new Error("GeneralException");
    };
    await expect(applySheetPlan(excel.context, buildStandardSheet(cloud))).rejects.toThrow(
      "GeneralException",
    );
    expect(excel.state().sheets).toEqual(["Sheet1"]);
  });
});

describe("request size and sync count", () => {
  it("sends a standard 50× larger in at most three syncs, every request under 5 MB", async () => {
    const plan = buildStandardSheet(scaleStandard(cloud, 50));
    const excel = new FakeExcel();
    const applied = await applySheetPlan(excel.context, plan);
    expect(applied.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...excel.requestSizes)).toBeLessThan(FIVE_MB);
    expectFakeMatchesPlan(excel.sheet(applied.name), plan);
  });

  it("splits value writes into row blocks and syncs early when a sheet would exceed the budget", async () => {
    const plan = buildDataSheet([scaleStandard(cloud, 300), scaleStandard(service, 300)]);
    const excel = new FakeExcel();
    const applied = await applySheetPlan(excel.context, plan);
    expect(applied.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(FIVE_MB);
    expect(applied.syncs).toBeGreaterThan(3);
    expect(Math.max(...excel.requestSizes)).toBeLessThan(FIVE_MB);
    expectFakeMatchesPlan(excel.sheet(applied.name), plan);
  });

  it("keeps each request within a small budget when asked to", async () => {
    const plan = buildStandardSheet(scaleStandard(cloud, 10));
    const excel = new FakeExcel();
    const applied = await applySheetPlan(excel.context, plan, { requestBudget: 50_000 });
    expect(applied.syncs).toBeGreaterThan(3);
    expect(Math.max(...excel.requestSizes.slice(1))).toBeLessThanOrEqual(50_000);
    expectFakeMatchesPlan(excel.sheet(applied.name), plan);
  });

  it("formats cells by style over grouped ranges, not cell by cell", async () => {
    const plan = buildStandardSheet(cloud);
    const excel = new FakeExcel();
    const { name } = await applySheetPlan(excel.context, plan);
    const fontSets = [...excel.sheet(name).sets.keys()].filter((k) => k.endsWith("|format.font.name"));
    expect(fontSets.length).toBeLessThanOrEqual(Object.keys(plan.styles).length);
    expect(propertyByCell(excel.sheet(name), "format.font.name").size).toBe(plan.cells.length);
  });
});

import standards from "bundled-standards";
import { buildStandardSheet } from "../../src/layout";
import { buildAssessmentWorkbook } from "../../src/layout/assessment";
import { buildStaffingMatrix, MAX_PEOPLE } from "../../src/layout/staffing-matrix";
import type { ExcelRun } from "../../src/excel/excel-run";
import { excelPaneActions } from "../../src/excel/taskpane-actions";
import { FakeExcel } from "../excel/fake-excel";
import { mockContext } from "../excel/office-mock";
import { testSession } from "./helpers";

const cloud = standards.find((s) => s.code === "INM2521-001v2")!;

/** Runs batches against a fake workbook, as Excel.run would against the open one. */
function runOn(context: unknown): ExcelRun {
  return (batch) => batch(context as Excel.RequestContext);
}

/** A workbook whose active cell, B2 of Sheet1, holds `formula` ("" when empty). */
function activeCell(formula: string | number) {
  const { context } = mockContext({
    workbook: {
      active: { address: "Sheet1!B2", formulas: [[formula]] },
      getActiveCell(this: { active: unknown }) {
        return this.active;
      },
    },
  });
  /** What the cell holds now, read as the add-in would. */
  const formulas = async (): Promise<unknown> => {
    const cell = context.workbook.getActiveCell();
    cell.load("formulas");
    await context.sync();
    return cell.formulas;
  };
  return { context, formulas };
}

/**
 * A workbook whose selection is `address`; `used` is the part of it holding values, as values and
 * Excel's value types (null: the selection is blank, so Excel gives a null object).
 */
function selecting(address: string, used: { values: unknown[][]; valueTypes: string[][] } | null) {
  // A null object has no values: what it holds here would show up as names if it were read.
  const usedPart = used ?? { values: [["never read"]], valueTypes: [["String"]] };
  const mock = mockContext({
    workbook: {
      selection: {
        address,
        used: usedPart,
        getUsedRangeOrNullObject(this: { used: unknown }, valuesOnly: boolean) {
          // Blank cells that are merely formatted are not names.
          expect(valuesOnly).toBe(true);
          return this.used;
        },
      },
      getSelectedRange(this: { selection: unknown }) {
        return this.selection;
      },
    },
  });
  // Office.js knows whether an …OrNullObject is null once anything of it was loaded and synced.
  const handle = mock.context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  Object.assign(handle, { isNullObject: used === null });
  return mock;
}

describe("the pane's Excel actions", () => {
  it("inserts a sheet plan as a new, active sheet", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"] });
    const actions = excelPaneActions(testSession(), runOn(excel.context));
    const outcome = await actions.insertSheet(buildStandardSheet(cloud, { locale: "zh" }));
    expect(outcome).toEqual({ kind: "inserted", sheet: "INM2521-001v2 雲端架構工程人員" });
    expect(excel.state().sheets).toEqual(["Sheet1", "INM2521-001v2 雲端架構工程人員"]);
    expect(excel.state().active).toBe("INM2521-001v2 雲端架構工程人員");
  });

  it("leaves the workbook as it was when inserting fails", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"], failOn: /merge/i });
    const before = excel.state();
    const actions = excelPaneActions(testSession(), runOn(excel.context));
    await expect(actions.insertSheet(buildStandardSheet(cloud, { locale: "zh" }))).rejects.toThrow();
    expect(excel.state()).toEqual(before);
  });

  it("writes a formula into an empty active cell", async () => {
    const { context, formulas } = activeCell("");
    const actions = excelPaneActions(testSession(), runOn(context));
    const formula = '=COMPETENCY.KNOWLEDGE("T2.2")';
    await expect(actions.insertFormula(formula)).resolves.toEqual({ ok: true, cell: "B2" });
    expect(await formulas()).toEqual([[formula]]);
  });

  it.each([["=A1"], ["text"], [0]])("refuses to overwrite an active cell holding %p", async (content) => {
    const { context, formulas } = activeCell(content);
    const actions = excelPaneActions(testSession(), runOn(context));
    await expect(actions.insertFormula('=COMPETENCY.LEVEL("T1.1")')).resolves.toEqual({
      ok: false,
      reason: "cellNotEmpty",
      cell: "B2",
    });
    expect(await formulas()).toEqual([[content]]);
  });

  it("reads a range's computed values of a named sheet in one sync, for the pane's charts", async () => {
    const asked: string[] = [];
    const { context, syncs } = mockContext({
      workbook: {
        worksheets: {
          sheet: {
            range: { values: [["INM2521-001v2 T1.1", 2, ""]] },
            getRange(this: { range: unknown }, address: string) {
              asked.push(address);
              return this.range;
            },
          },
          getItem(this: { sheet: unknown }, name: string) {
            asked.push(name);
            return this.sheet;
          },
        },
      },
    });
    const actions = excelPaneActions(testSession(), runOn(context));
    await expect(actions.readSheetValues("人員職能矩陣", "A1:C1")).resolves.toEqual([
      ["INM2521-001v2 T1.1", 2, ""],
    ]);
    expect(asked).toEqual(["人員職能矩陣", "A1:C1"]);
    expect(syncs()).toBe(1);
  });

  it("names the assessment's sheets against the workbook's and inserts them together, in one run", async () => {
    const excel = new FakeExcel({ sheets: ["人員職能矩陣"] });
    const actions = excelPaneActions(testSession(), runOn(excel.context));
    const taken = await actions.sheetNames();
    expect(taken).toEqual(["人員職能矩陣"]);
    const plans = buildAssessmentWorkbook({ standards: [cloud], people: 2, existingSheetNames: taken });
    if (!plans.ok) throw new Error(plans.error.message.en);
    await expect(actions.insertSheets(plans.value)).resolves.toEqual({
      kind: "inserted",
      sheet: "人員職能矩陣 (2)",
    });
    expect(excel.state().sheets).toEqual([
      "人員職能矩陣",
      "人員職能矩陣 (2)",
      "職能評核",
      "職能等級",
      "培訓需求",
    ]);
    // The assessment reads the new matrix, not the one that was there.
    expect(plans.value[1]!.cells.find((c) => c.row === 6 && c.col === 0)?.value).toEqual({
      kind: "formula",
      formula: "IF('人員職能矩陣 (2)'!A12=\"\",\"\",'人員職能矩陣 (2)'!A12)",
    });
  });

  it("inserts a staffing matrix beside one of the same name, under a name of its own", async () => {
    const excel = new FakeExcel({ sheets: ["人員職能矩陣"], tables: ["StaffingMatrix"] });
    const actions = excelPaneActions(testSession(), runOn(excel.context));
    const plan = buildStaffingMatrix({ standards: [cloud], people: 3 });
    if (!plan.ok) throw new Error(plan.error.message.en);
    await expect(actions.insertSheet(plan.value)).resolves.toEqual({
      kind: "inserted",
      sheet: "人員職能矩陣 (2)",
    });
    expect(excel.state().sheets).toEqual(["人員職能矩陣", "人員職能矩陣 (2)"]);
    expect(excel.sheet("人員職能矩陣 (2)").tables.map((t) => t.name)).toEqual(["StaffingMatrix_2"]);
  });

  describe("reading names from the selected range", () => {
    it("keeps the text cells, trimmed, row by row, in one sync", async () => {
      const { context, syncs } = selecting("Sheet1!A1:C3", {
        values: [
          ["姓名", 1001, ""],
          ["  王小明 ", true, "#N/A"],
          ["李大華", "   ", "Chen Mei-ling"],
        ],
        valueTypes: [
          ["String", "Double", "Empty"],
          ["String", "Boolean", "Error"],
          ["String", "String", "String"],
        ],
      });
      const actions = excelPaneActions(testSession(), runOn(context));
      await expect(actions.readSelectedNames()).resolves.toEqual({
        ok: true,
        address: "A1:C3",
        names: ["姓名", "王小明", "李大華", "Chen Mei-ling"],
      });
      expect(syncs()).toBe(1);
    });

    it.each([
      ["blank", null],
      ["numbers only", { values: [[1], [2]], valueTypes: [["Double"], ["Double"]] }],
    ])("says the selection is empty when it is %s", async (_case, used) => {
      const { context, syncs } = selecting("Sheet1!B2:B9", used);
      const actions = excelPaneActions(testSession(), runOn(context));
      await expect(actions.readSelectedNames()).resolves.toEqual({
        ok: false,
        reason: "empty",
        address: "B2:B9",
      });
      expect(syncs()).toBe(1);
    });

    it("refuses more names than a matrix takes", async () => {
      const names = Array.from({ length: MAX_PEOPLE + 1 }, (_, i) => [`P${i}`]);
      const { context, syncs } = selecting("'Staff list'!A:A", {
        values: names,
        valueTypes: names.map(() => ["String"]),
      });
      const actions = excelPaneActions(testSession(), runOn(context));
      await expect(actions.readSelectedNames()).resolves.toEqual({
        ok: false,
        reason: "tooMany",
        address: "A:A",
        count: MAX_PEOPLE + 1,
      });
      expect(syncs()).toBe(1);
    });
  });
});

import standards from "bundled-standards";
import { buildStandardSheet } from "../../src/layout";
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
});

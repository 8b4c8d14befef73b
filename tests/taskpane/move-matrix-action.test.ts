import standards from "bundled-standards";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applySheetPlan } from "../../src/excel";
import type { ExcelRun } from "../../src/excel/excel-run";
import { excelPaneActions } from "../../src/excel/taskpane-actions";
import { createWorkbookSession } from "../../src/excel/workbook-session";
import { buildAssessmentWorkbook } from "../../src/layout/assessment";
import { buildStaffingMatrix } from "../../src/layout/staffing-matrix";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { FakeExcel } from "../excel/fake-excel";

const v1 = standards.find((s) => s.code === "IIS3512-001v1")!;
const v2 = parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "pdf-all", "new.txt"), "utf8")).standard;

test("the pane's move reads the active sheet, moves its matrix in one run, and reports each unit", async () => {
  const session = createWorkbookSession(standards);
  session.catalog.add(v2, "workbook");
  const excel = new FakeExcel({ sheets: ["Notes"] });
  const built = buildStaffingMatrix({ standards: [v1], people: ["王小明"], ratings: () => 3 });
  if (!built.ok) throw new Error(built.error.message.en);
  await applySheetPlan(excel.context, built.value);
  const before = excel.syncs;
  let runs = 0;
  const run: ExcelRun = (batch) => {
    runs++;
    return batch(excel.context as unknown as Excel.RequestContext);
  };
  const moved = await excelPaneActions(session, run).moveMatrix("IIS3512-001v2", "en");
  expect(moved).toEqual({
    ok: true,
    value: {
      sheet: "人員職能矩陣",
      from: "IIS3512-001v1",
      summary: { kept: ["T1.1", "T2.1"], carried: ["T1.2→T2.3"], review: ["T2.2"], archived: [], added: [] },
    },
  });
  // The active sheet's name; the sheets, their tables, the tables' ranges; the new sheet; the old one's deletion.
  expect([runs, excel.syncs - before]).toEqual([1, 1 + 3 + 2 + 1]);
  expect(excel.state().sheets).toEqual(["Notes", "人員職能矩陣"]);
  // The pane is in English; the matrix stays in the language it was written in.
  expect([...excel.sheet("人員職能矩陣").cells.values()].map((c) => c.text)).toContain(
    "人員職能矩陣 · IIS3512-001v2 雲端資訊服務人員",
  );

  // The active sheet is now the moved matrix: moving it again to the same version is refused.
  const again = await excelPaneActions(session, run).moveMatrix("IIS3512-001v2", "en");
  expect(again.ok || again.error.message.en).toBe(
    "This matrix uses no other version of IIS3512-001v2 (it uses IIS3512-001v2).",
  );
});

test("with the matrix's assessment in the workbook, the pane's move takes all four sheets and reports the indicators", async () => {
  const session = createWorkbookSession(standards);
  session.catalog.add(v2, "workbook");
  const excel = new FakeExcel({ sheets: ["Notes"] });
  const built = buildAssessmentWorkbook({ standards: [v1], people: ["王小明"], rating: "derived" });
  if (!built.ok) throw new Error(built.error.message.en);
  for (const plan of built.value) await applySheetPlan(excel.context, plan);
  excel.context.workbook.worksheets.getItem("人員職能矩陣").activate();
  await excel.context.sync();
  const run: ExcelRun = (batch) => batch(excel.context as unknown as Excel.RequestContext);
  const moved = await excelPaneActions(session, run).moveMatrix("IIS3512-001v2", "en");
  if (!moved.ok) throw new Error(moved.error.message.en);
  expect(moved.value.sheet).toBe("人員職能矩陣");
  expect(moved.value.assessment?.sheet).toBe("職能評核");
  expect(moved.value.assessment?.indicators.carried).toEqual(["P1.2.1→P2.3.1", "P1.2.2→P2.3.2"]);
  expect(excel.state().sheets).toEqual(["Notes", "人員職能矩陣", "職能評核", "職能等級", "培訓需求"]);
});

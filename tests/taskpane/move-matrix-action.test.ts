import standards from "bundled-standards";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applySheetPlan } from "../../src/excel";
import type { ExcelRun } from "../../src/excel/excel-run";
import { excelPaneActions } from "../../src/excel/taskpane-actions";
import { createWorkbookSession } from "../../src/excel/workbook-session";
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
  expect([runs, excel.syncs - before]).toEqual([1, 5]);
  expect(excel.state().sheets).toEqual(["Notes", "人員職能矩陣"]);

  // The active sheet is now the moved matrix: moving it again to the same version is refused.
  const again = await excelPaneActions(session, run).moveMatrix("IIS3512-001v2", "en");
  expect(again.ok || again.error.message.en).toBe(
    "This matrix uses no other version of IIS3512-001v2 (it uses IIS3512-001v2).",
  );
});

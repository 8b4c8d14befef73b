import { gzipSync } from "node:zlib";
import { StandardIndex } from "../src/catalog";
import { bundledStandards } from "../src/cli/catalog";
import { applySheetPlan } from "../src/excel";
import { buildStandardSheet, type SheetPlan } from "../src/layout";
import { buildStaffingMatrix } from "../src/layout/staffing-matrix";
import type { Standard } from "../src/model";
import { writeWorkbook } from "../src/xlsx";
import { FakeExcel } from "../tests/excel/fake-excel";
import { scaleStandard } from "../tests/fixtures/standards/scale";
import { medianMs, type Report } from "./report";

/**
 * Plan, .xlsx and the Office.js applier. The applier runs against the tests' recording fake of
 * Excel (it counts syncs and request bytes); there is no Excel here, so its time is the
 * applier's own work, not Excel's.
 */
async function measure(report: Report, what: string, plan: () => SheetPlan): Promise<void> {
  const planMs = medianMs(5, plan);
  const built = plan();
  const xlsxStart = performance.now();
  const { bytes } = await writeWorkbook([built]);
  const xlsxMs = performance.now() - xlsxStart;
  const excel = new FakeExcel();
  const applyStart = performance.now();
  const applied = await applySheetPlan(excel.context, built);
  const applyMs = performance.now() - applyStart;
  report.figure(`${what}: cells`, built.cells.length);
  report.figure(`${what}: plan (median of 5)`, planMs, "ms");
  report.figure(`${what}: plan + write .xlsx`, planMs + xlsxMs, "ms");
  report.figure(
    `${what}: .xlsx size (gzip of it)`,
    `${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB)`,
  );
  report.figure(`${what}: plan + Office.js applier (on the test fake of Excel)`, planMs + applyMs, "ms");
  report.figure(`${what}: context.sync() calls`, applied.syncs);
  report.figure(`${what}: largest request`, `${(Math.max(...excel.requestSizes) / 1024).toFixed(0)} KB`);
}

/** A standard with exactly `count` tasks: seed 000's duties repeated, then cut. */
function withTasks(seed: Standard, count: number): Standard {
  const perCopy = seed.duties.reduce((n, d) => n + d.tasks.length, 0);
  const scaled = scaleStandard(seed, Math.ceil(count / perCopy));
  const duties: Standard["duties"] = [];
  let left = count;
  for (const duty of scaled.duties) {
    if (left === 0) break;
    duties.push({ ...duty, tasks: duty.tasks.slice(0, left) });
    left -= duties.at(-1)!.tasks.length;
  }
  return { ...scaled, duties };
}

export async function benchSheets(report: Report): Promise<void> {
  const cloud = bundledStandards().find((s) => s.code === "INM2521-001v2");
  if (!cloud) throw new Error("seed 000 (INM2521-001v2) is missing");
  report.section("formatted worksheets (standard sheet)");
  await measure(report, "seed 000", () => buildStandardSheet(cloud, { index: new StandardIndex(cloud) }));
  const large = scaleStandard(cloud, 50);
  await measure(report, "seed 000 × 50", () =>
    buildStandardSheet(large, { index: new StandardIndex(large) }),
  );

  report.section("staffing matrix");
  const wide = withTasks(cloud, 60);
  const units = new StandardIndex(wide).counts.tasks;
  if (units !== 60) throw new Error(`the wide standard has ${units} tasks, not 60`);
  await measure(report, `500 people × ${units} units (tasks)`, () => {
    const built = buildStaffingMatrix({ standards: [wide], people: 500 });
    if (!built.ok) throw new Error(built.error.message.en);
    return built.value;
  });
}

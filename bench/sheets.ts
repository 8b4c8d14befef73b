import { gzipSync } from "node:zlib";
import { StandardIndex } from "../src/catalog";
import { bundledStandards } from "../src/cli/catalog";
import { insertSheetPlans } from "../src/excel";
import { buildStandardSheet, type SheetPlan } from "../src/layout";
import { buildAssessmentWorkbook } from "../src/layout/assessment";
import { buildStaffingMatrix } from "../src/layout/staffing-matrix";
import type { Standard } from "../src/model";
import { writeWorkbook } from "../src/xlsx";
import { FakeExcel } from "../tests/excel/fake-excel";
import { scaleStandard } from "../tests/fixtures/standards/scale";
import { medianMs, type Report } from "./report";

/**
 * Plan, .xlsx and the Office.js applier. The applier runs against the tests' recording fake of
 * Excel (it counts syncs and request bytes); there is no Excel here, so its time is the
 * applier's own work, not Excel's. Several plans are one workbook: one file, one Excel.run.
 */
async function measure(report: Report, what: string, plan: () => SheetPlan | SheetPlan[]): Promise<void> {
  const plans = () => [plan()].flat();
  const planMs = medianMs(5, plans);
  const built = plans();
  const xlsxStart = performance.now();
  const { bytes } = await writeWorkbook(built);
  const xlsxMs = performance.now() - xlsxStart;
  const excel = new FakeExcel();
  const applyStart = performance.now();
  const applied = await insertSheetPlans((batch) => batch(excel.context), built);
  const applyMs = performance.now() - applyStart;
  report.figure(
    `${what}: cells`,
    built.reduce((n, p) => n + p.cells.length, 0),
  );
  report.figure(`${what}: plan (median of 5)`, planMs, "ms");
  report.figure(`${what}: write .xlsx`, xlsxMs, "ms");
  report.figure(
    `${what}: .xlsx size (gzip of it)`,
    `${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB)`,
  );
  report.figure(`${what}: plan + Office.js applier (on the test fake of Excel)`, planMs + applyMs, "ms");
  report.figure(
    `${what}: context.sync() calls`,
    applied.reduce((n, a) => n + a.syncs, 0),
  );
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

  report.section("assessment and a department's matrix");
  const service = bundledStandards().find((s) => s.code === "IIS3512-001v1");
  if (!service) throw new Error("seed 003 (IIS3512-001v1) is missing");
  await measure(report, "assessment + matrix, 200 people × 2 standards", () => {
    const built = buildAssessmentWorkbook({ standards: [cloud, service], people: 200, rating: "derived" });
    if (!built.ok) throw new Error(built.error.message.en);
    return built.value;
  });
  const department = [cloud, service, ...[2, 3, 4].map((n) => renamed(cloud, n))];
  const tasks = department.reduce((n, s) => n + new StandardIndex(s).counts.tasks, 0);
  await measure(report, `matrix, 2,000 people × 5 standards (${tasks} tasks)`, () => {
    const built = buildStaffingMatrix({ standards: department, people: 2000 });
    if (!built.ok) throw new Error(built.error.message.en);
    return built.value;
  });
}

/** Another role built on seed 000: its own code and name, so the matrix sees five standards. */
function renamed(seed: Standard, n: number): Standard {
  return { ...seed, code: seed.code.replace("001", `00${n}`), name: `${seed.name} ${n}` };
}

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

/** Plan, .xlsx and Office.js (the tests' recording fake of Excel, which counts syncs and request bytes). */
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
  report.figure(`${what}: plan + apply through Office.js`, planMs + applyMs, "ms");
  report.figure(`${what}: context.sync() calls`, applied.syncs);
  report.figure(`${what}: largest request`, `${(Math.max(...excel.requestSizes) / 1024).toFixed(0)} KB`);
}

/** A standard with 60 tasks: seed 000's duties repeated, 4 tasks each. */
function sixtyTasks(seed: Standard): Standard {
  const scaled = scaleStandard(seed, 8);
  return { ...scaled, duties: scaled.duties.slice(0, 30) };
}

export async function benchSheets(report: Report): Promise<void> {
  const [service, cloud] = bundledStandards();
  if (!cloud || !service) throw new Error("the seeds are missing");
  report.section("formatted worksheets (standard sheet)");
  await measure(report, "seed 000", () => buildStandardSheet(cloud, { index: new StandardIndex(cloud) }));
  const large = scaleStandard(cloud, 50);
  await measure(report, "seed 000 × 50", () =>
    buildStandardSheet(large, { index: new StandardIndex(large) }),
  );

  report.section("staffing matrix");
  const wide = sixtyTasks(cloud);
  await measure(report, "500 people × 60 units", () => {
    const built = buildStaffingMatrix({ standards: [wide], people: 500 });
    if (!built.ok) throw new Error(built.error.message.en);
    return built.value;
  });
}

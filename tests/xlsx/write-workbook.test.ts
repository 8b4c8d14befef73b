import type ExcelJS from "exceljs";
import {
  buildDataSheet,
  buildStandardSheet,
  cellAddress,
  rangeAddress,
  type SheetPlan,
} from "../../src/layout";
import { writeWorkbook } from "../../src/xlsx";
import { edgeCases } from "../fixtures/standards";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { featurePlan } from "../layout/feature-plan";
import { readBack, readConditionalFormats, readMerges, readTable } from "./read-back";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function expectedValue(plan: SheetPlan, row: number, col: number): ExcelJS.CellValue {
  const value = plan.cells.find((c) => c.row === row && c.col === col)?.value;
  if (!value) return null;
  if (value.kind === "text") return value.text;
  if (value.kind === "number") return value.number;
  if (value.kind === "boolean") return value.boolean;
  return { formula: value.formula };
}

/** Everything the plan says, checked against the sheet ExcelJS reads back from the file. */
function expectSheetMatches(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const cell of plan.cells) {
    const read = sheet.getCell(cellAddress(cell.row, cell.col));
    const expected = expectedValue(plan, cell.row, cell.col);
    // A cell covered by a merge reads as its master's value.
    const covered = read.isMerged && read.master.address !== read.address;
    if (cell.value?.kind === "formula") expect(read.value).toMatchObject(expected as object);
    else if (!covered) expect(read.value).toEqual(expected);
    const style = plan.styles[cell.style]!;
    expect(read.font.name).toBe(style.font.name);
    expect(read.font.size).toBe(style.font.size);
    expect(Boolean(read.font.bold)).toBe(Boolean(style.font.bold));
    if (style.fill)
      expect(read.fill).toMatchObject({ pattern: "solid", fgColor: { argb: `FF${style.fill.slice(1)}` } });
    if (style.alignment?.wrap) expect(read.alignment.wrapText).toBe(true);
    if (cell.value?.kind === "text") expect(read.numFmt).toBe("@");
  }
  expect(readMerges(sheet).sort()).toEqual(plan.merges.map(rangeAddress).sort());
  plan.columnWidths.forEach((width, i) => expect(sheet.getColumn(i + 1).width).toBeCloseTo(width, 2));
  for (const [row, height] of Object.entries(plan.rowHeights))
    expect(sheet.getRow(Number(row) + 1).height).toBe(height);
  for (const table of plan.tables) {
    const read = readTable(sheet, table.name);
    expect(read.tableRef).toBe(rangeAddress(table.range));
    expect(read.style).toMatchObject({ theme: table.style, showRowStripes: table.bandedRows });
    expect(read.columns.every((c) => c.filterButton === table.autoFilter)).toBe(true);
  }
  if (plan.freeze) {
    expect(sheet.views[0]).toMatchObject({
      state: "frozen",
      ySplit: plan.freeze.rows,
      xSplit: plan.freeze.columns,
    });
  }
  if (plan.print) {
    expect(sheet.pageSetup).toMatchObject({
      orientation: plan.print.orientation,
      paperSize: 9,
      fitToPage: true,
      fitToWidth: plan.print.fitToWidth,
      fitToHeight: plan.print.fitToHeight,
      margins: plan.print.margins,
    });
    const repeat = plan.print.repeatRows;
    if (repeat) expect(sheet.pageSetup.printTitlesRow).toBe(`${repeat.first + 1}:${repeat.last + 1}`);
    expect(sheet.headerFooter.oddFooter).toBe("&C&P / &N");
    if (plan.print.title)
      expect(sheet.headerFooter.oddHeader).toBe(`&L${plan.print.title.replace(/&/g, "&&")}`);
  }
  expect(readConditionalFormats(sheet).map((f) => f.ref)).toEqual(
    plan.conditionalFormats.map((f) => rangeAddress(f.range)),
  );
  if (plan.tabColor) expect(sheet.properties.tabColor?.argb).toBe(`FF${plan.tabColor.slice(1)}`);
}

describe("xlsx writer round trip", () => {
  const plans = [
    buildStandardSheet(cloud),
    buildStandardSheet(service),
    buildStandardSheet(edgeCases),
    buildDataSheet([cloud, service]),
    featurePlan(),
  ];

  it("writes every plan as a sheet that reads back as the plan says", async () => {
    const written = await writeWorkbook(plans);
    const workbook = await readBack(written.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
    plans.forEach((plan, i) => expectSheetMatches(workbook.worksheets[i]!, plan));
  });

  it("keeps formula-looking document text as text and writes layout formulas as formulas", async () => {
    const workbook = await readBack(
      (await writeWorkbook([buildStandardSheet(edgeCases), featurePlan()])).bytes,
    );
    const [standard, matrix] = workbook.worksheets;
    expect(standard!.getCell("B7").value).toBe('=HYPERLINK("http://example.com")');
    expect(standard!.getCell("B7").type).toBe(3); // ValueType.String
    expect(matrix!.getCell("A2").value).toBe("=Ann");
    expect(matrix!.getCell("D2").value).toMatchObject({ formula: "AVERAGE(B2:C2)/7" });
    expect(matrix!.getCell("E2").value).toBe(true);
    expect(matrix!.getCell("D2").numFmt).toBe("0.0%");
  });

  it("writes list validation and cell-value rules with fills", async () => {
    const [matrix] = (await readBack((await writeWorkbook([featurePlan()])).bytes)).worksheets;
    for (const address of ["B2", "C3"]) {
      expect(matrix!.getCell(address).dataValidation).toMatchObject({
        type: "list",
        allowBlank: true,
        formulae: ['"1,2,3,4,5,6,7"'],
        prompt: "1–7",
      });
    }
    expect(readConditionalFormats(matrix!)[0]?.rules[0]).toMatchObject({
      type: "cellIs",
      operator: "greaterThanOrEqual",
      formulae: ["4"],
      style: { fill: { bgColor: { argb: "FFC6EFCE" } } },
    });
    expect(readConditionalFormats(matrix!)[1]?.rules[0]).toMatchObject({
      operator: "between",
      formulae: ["1", "2"],
    });
  });

  it("records the Traditional Chinese fallback on the font", async () => {
    const [sheet] = (await readBack((await writeWorkbook([buildStandardSheet(cloud)])).bytes)).worksheets;
    expect(sheet!.getCell("A10").font).toMatchObject({ name: "Microsoft JhengHei", charset: 136, family: 2 });
  });

  it("makes sheet and table names unique within the file", async () => {
    const written = await writeWorkbook([
      buildStandardSheet(cloud),
      buildStandardSheet(cloud),
      buildDataSheet([cloud]),
      buildDataSheet([cloud]),
    ]);
    expect(written.sheets).toEqual([
      { name: "INM2521-001v2 雲端架構工程人員", tables: [] },
      { name: "INM2521-001v2 雲端架構工程人員 (2)", tables: [] },
      { name: "職能資料", tables: ["CompetencyData"] },
      { name: "職能資料 (2)", tables: ["CompetencyData_2"] },
    ]);
    const workbook = await readBack(written.bytes);
    expect(readTable(workbook.worksheets[3]!, "CompetencyData_2").tableRef).toMatch(/^A1:K\d+$/);
  });
});

import ExcelJS from "exceljs";
import standards from "bundled-standards";
import { loadDocument } from "../../src/catalog";
import { buildDataSheet } from "../../src/layout";
import { xlsxFileName } from "../../src/taskpane/actions/download";
import { previewPaneActions } from "../../src/taskpane/actions/preview-actions";
import { fixture, testSession } from "./helpers";

describe("preview mode's actions", () => {
  it("writes the sheet with ExcelJS (loaded on demand) and hands it over as a download", async () => {
    const saved: { bytes: Uint8Array; fileName: string }[] = [];
    const actions = previewPaneActions(testSession(), {
      save: (bytes, fileName) => saved.push({ bytes, fileName }),
      today: () => new Date(2026, 11, 1, 23, 59),
    });
    const outcome = await actions.insertSheet(buildDataSheet(standards, { locale: "en" }));
    expect(outcome).toEqual({
      kind: "downloaded",
      fileName: "Competency data INM2521-001v2 IIS3512-001v1 2026-12-01.xlsx",
    });
    expect(saved).toHaveLength(1);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[0]!.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Competency data")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Standard code");
    expect(sheet.rowCount).toBeGreaterThan(100);
  });

  it("keeps an imported standard for the session and, on removal, brings back the bundled one", async () => {
    const session = testSession();
    const actions = previewPaneActions(session, {
      writeXlsx: async () => new Uint8Array(),
      save: () => undefined,
    });
    const imported = loadDocument(fixture("security-officer.txt")).standards[0]!;
    await actions.storeStandard(imported);
    expect(session.catalog.entries().find((e) => e.standard.code === imported.code)?.source).toBe("imported");
    await actions.removeStandard(imported.code);
    expect(session.catalog.resolve(imported.code).ok).toBe(false);

    const copy = { ...standards[0]!, name: "改過的名稱" };
    await actions.storeStandard(copy);
    expect(session.catalog.resolve(copy.code)).toMatchObject({ ok: true, value: { source: "imported" } });
    await actions.removeStandard(copy.code);
    expect(session.catalog.resolve(copy.code)).toMatchObject({
      ok: true,
      value: { source: "bundled", standard: { name: standards[0]!.name } },
    });
  });

  it("names downloads after the sheet, its standards and the day, safely for every file system", () => {
    const day = new Date(2026, 0, 5);
    const sheet = { name: "INM2521-001v2 雲端架構工程人員", standards: ["INM2521-001v2"] };
    expect(xlsxFileName(sheet, day)).toBe("INM2521-001v2 雲端架構工程人員 2026-01-05.xlsx");
    const matrix = { name: "人員職能矩陣", standards: ["INM2521-001v2", "IIS3512-001v1"] };
    expect(xlsxFileName(matrix, day)).toBe("人員職能矩陣 INM2521-001v2 IIS3512-001v1 2026-01-05.xlsx");
    const many = { name: "職能資料", standards: ["A1", "A2", "A3", "A4", "A5"] };
    expect(xlsxFileName(many, day)).toBe("職能資料 A1 A2 A3 +2 2026-01-05.xlsx");
    expect(xlsxFileName({ name: 'a/b\\c:d*e?f"g<h>i|j\u0001' }, day)).toBe(
      "a_b_c_d_e_f_g_h_i_j_ 2026-01-05.xlsx",
    );
    expect(xlsxFileName({ name: "  " }, day)).toBe("competency 2026-01-05.xlsx");
  });
});

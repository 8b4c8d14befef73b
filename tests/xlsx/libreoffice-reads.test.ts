import { buildStandardSheet } from "../../src/layout";
import { writeWorkbook } from "../../src/xlsx";
import { edgeCases } from "../fixtures/standards";
import { recalculatedValues } from "../helpers/libreoffice";
import { featurePlan } from "../layout/feature-plan";

/** A second reader: LibreOffice opens the file, recalculates, and must see what the plan says. */
describe("xlsx as LibreOffice reads it", () => {
  it("computes layout formulas and keeps formula-looking text as text", async () => {
    const rows = recalculatedValues((await writeWorkbook([featurePlan()])).bytes);
    expect(rows).toEqual([
      ["Person", "T1.1", "T2.1", "Coverage", "Lead"],
      ["=Ann", "3", "4", "50%", "TRUE"],
      ["Bo", "2", "5", "50%", "FALSE"],
    ]);
  });

  it("shows document text that starts with = + - @ exactly as written", async () => {
    const rows = recalculatedValues((await writeWorkbook([buildStandardSheet(edgeCases)])).bytes);
    expect(rows[6]?.[1]).toBe('=HYPERLINK("http://example.com")');
    expect(rows[9]?.slice(0, 2)).toEqual(["T1 +確認需求", "T1.1 -分級任務"]);
    const k01 = rows.find((row) => row[0] === "K01");
    expect(k01?.[1]).toBe("=SUM(A1:A2)");
    expect(rows.find((row) => row[0] === "A01")?.slice(1, 4)).toEqual(["-負號態度", "", "+正號開頭"]);
  });
});

import { rangeAddress, type SheetPlan } from "../../src/layout";
import {
  buildStaffingMatrix,
  MATRIX_FILLS,
  matrixUnits,
  type StaffingMatrixOptions,
} from "../../src/layout/staffing-matrix";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { valueAt } from "./plan-queries";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function build(options: StaffingMatrixOptions): SheetPlan {
  const result = buildStaffingMatrix(options);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe("a task matrix for one standard and three people", () => {
  const plan = build({ standards: [cloud], people: ["甲", "乙", "丙"] });

  test("the unit header: codes, names, standard and the standard's required level", () => {
    expect(["C3", "D3", "E3", "F3"].map((a) => valueAt(plan, a))).toEqual(["T1.1", "T2.1", "T2.2", "T2.3"]);
    expect(["C4", "D4"].map((a) => valueAt(plan, a))).toEqual(["系統需求分析", "雲端系統架構設計"]);
    expect(valueAt(plan, "C5")).toBe("INM2521-001v2");
    expect(["C6", "D6", "E6", "F6"].map((a) => valueAt(plan, a))).toEqual([4, 4, 4, 4]);
    expect([valueAt(plan, "A7"), valueAt(plan, "B7"), valueAt(plan, "C7")]).toEqual([
      "必要級別",
      "雲端架構工程人員",
      4,
    ]);
  });

  test("people are rows of an Excel table with name, role, ratings and per-person formulas", () => {
    expect(plan.tables).toEqual([
      {
        name: "StaffingMatrix",
        range: { top: 10, left: 0, bottom: 13, right: 10 },
        style: "TableStyleLight1",
        bandedRows: false,
        autoFilter: true,
      },
    ]);
    expect(["A11", "B11", "C11", "G11", "H11", "I11", "J11", "K11"].map((a) => valueAt(plan, a))).toEqual([
      "姓名",
      "角色",
      "INM2521-001v2 T1.1",
      "達標項數",
      "應達項數",
      "覆蓋率",
      "已評項數",
      "可出勤",
    ]);
    expect(["A12", "B12", "C12", "K12"].map((a) => valueAt(plan, a))).toEqual([
      "甲",
      "雲端架構工程人員",
      null,
      "是",
    ]);
    const required = "INDEX($C$7:$F$7,MATCH($B12,$B$7:$B$7,0),0)";
    expect(valueAt(plan, "G12")).toBe(
      `=IFERROR(SUMPRODUCT(ISNUMBER(C12:F12)*(C12:F12>=${required})*(${required}<>"")),0)`,
    );
    expect(valueAt(plan, "H13")).toBe("=IFERROR(COUNT(INDEX($C$7:$F$7,MATCH($B13,$B$7:$B$7,0),0)),0)");
    expect(valueAt(plan, "J12")).toBe(`=IFERROR(SUMPRODUCT(ISNUMBER(C12:F12)*(${required}<>"")),0)`);
    expect(valueAt(plan, "I14")).toBe('=IF(OR(H14=0,J14=0),"",G14/H14)');
    expect(plan.styles[plan.cells.find((c) => c.row === 13 && c.col === 8)!.style]!.numberFormat).toBe("0%");
  });

  test("per unit: available people meeting their role's requirement, and the bus-factor flag", () => {
    expect(valueAt(plan, "A8")).toBe("達標人數（依角色要求，可出勤者）");
    expect(valueAt(plan, "C8")).toBe(
      '=IF(C$7="",0,COUNTIFS($B$12:$B$1048576,$B$7,$C$12:$C$1048576,">="&C$7,$K$12:$K$1048576,"<>否"))',
    );
    expect(valueAt(plan, "D9")).toBe('=IF(D8=0,"✖ 無人",IF(D8=1,"⚠ 僅一人",""))');
    expect(plan.conditionalFormats[0]).toEqual({
      range: { top: 7, left: 2, bottom: 7, right: 5 },
      rule: { kind: "cellValue", operator: "lessThanOrEqual", values: [1] },
      fill: MATRIX_FILLS.risk,
    });
  });

  test("ratings get a dropdown of the scale, roles of the standards, availability of yes/no", () => {
    expect(plan.validations.map((v) => [rangeAddress(v.range), v.values, v.allowBlank])).toEqual([
      ["C12:F14", ["0", "1", "2", "3", "4", "5", "6"], true],
      ["B12:B14", ["雲端架構工程人員"], false],
      ["K12:K14", ["是", "否"], true],
      ["N14", [], true],
    ]);
    expect(plan.validations[3]!.source).toEqual({ top: 11, left: 0, bottom: 13, right: 0 });
  });

  test("ratings are grey when not required, red below the requirement, green when meeting it", () => {
    const rules = plan.conditionalFormats
      .slice(1, 4)
      .map((f) => [rangeAddress(f.range), f.rule.kind === "formula" ? f.rule.formula : "", f.fill]);
    const required = "INDEX(C$7:C$7,MATCH($B12,$B$7:$B$7,0))";
    expect(rules).toEqual([
      ["C12:F14", `NOT(IFERROR(${required}<>"",FALSE))`, MATRIX_FILLS.notRequired],
      [
        "C12:F14",
        `AND(ISNUMBER(C12),IFERROR(${required}<>"",FALSE),IFERROR(C12<${required},FALSE))`,
        MATRIX_FILLS.below,
      ],
      [
        "C12:F14",
        `AND(ISNUMBER(C12),IFERROR(${required}<>"",FALSE),IFERROR(C12>=${required},FALSE))`,
        MATRIX_FILLS.meets,
      ],
    ]);
  });

  test("coverage carries a data bar from 0% to 100%", () => {
    expect(plan.conditionalFormats.at(-1)).toEqual({
      range: { top: 11, left: 8, bottom: 13, right: 8 },
      rule: { kind: "dataBar", color: MATRIX_FILLS.coverageBar, min: 0, max: 1 },
    });
  });

  test("a chosen person's ratings beside their role's requirements feed a radar chart", () => {
    expect(["M14", "N14", "M15", "N15", "O15", "M16", "M19"].map((a) => valueAt(plan, a))).toEqual([
      "圖表中的人員",
      "甲",
      "項目",
      "此人級別",
      "角色要求",
      "INM2521-001v2 T1.1",
      "INM2521-001v2 T2.3",
    ]);
    const row = "MATCH($N$14,$A$12:$A$1048576,0)";
    const rating = `INDEX($C$12:$F$1048576,${row},2)`;
    expect(valueAt(plan, "N17")).toBe(`=IFERROR(IF(ISNUMBER(${rating}),${rating},""),"")`);
    const required = `INDEX($C$7:$F$7,MATCH(INDEX($B$12:$B$1048576,${row}),$B$7:$B$7,0),1)`;
    expect(valueAt(plan, "O16")).toBe(`=IFERROR(IF(ISNUMBER(${required}),${required},""),"")`);
    expect(plan.charts).toEqual([
      {
        kind: "radar",
        title: "個人級別與角色要求",
        categories: { top: 15, left: 12, bottom: 18, right: 12 },
        series: [
          { name: "此人級別", values: { top: 15, left: 13, bottom: 18, right: 13 } },
          { name: "角色要求", values: { top: 15, left: 14, bottom: 18, right: 14 } },
        ],
        anchor: { top: 10, left: 17, bottom: 28, right: 24 },
      },
      {
        kind: "column",
        title: "各項達標人數（依角色要求，可出勤者）",
        categories: { top: 10, left: 2, bottom: 10, right: 5 },
        series: [
          { name: "達標人數（依角色要求，可出勤者）", values: { top: 7, left: 2, bottom: 7, right: 5 } },
        ],
        anchor: { top: 30, left: 17, bottom: 48, right: 24 },
      },
    ]);
  });

  test("a summary per role beside the table", () => {
    expect(["M11", "N11", "O11", "P11"].map((a) => valueAt(plan, a))).toEqual([
      "角色摘要",
      "可出勤人數",
      "平均覆蓋率",
      "未全數達標人數",
    ]);
    const available = '$K$12:$K$1048576,"<>否"';
    expect(valueAt(plan, "M12")).toBe("雲端架構工程人員");
    expect(valueAt(plan, "N12")).toBe(`=COUNTIFS($B$12:$B$1048576,M12,${available})`);
    expect(valueAt(plan, "O12")).toBe(
      `=IFERROR(AVERAGEIFS($I$12:$I$1048576,$B$12:$B$1048576,M12,${available}),"")`,
    );
    expect(valueAt(plan, "P12")).toBe(`=COUNTIFS($B$12:$B$1048576,M12,$I$12:$I$1048576,"<1",${available})`);
  });

  test("frozen under the table header and beside name and role; printable", () => {
    expect(plan.freeze).toEqual({ rows: 11, columns: 2 });
    expect(plan.print).toEqual(
      expect.objectContaining({
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: 1,
        repeatRows: { first: 2, last: 10 },
      }),
    );
  });

  test("no formula anywhere contains document text", () => {
    const formulas = plan.cells.flatMap((c) => (c.value?.kind === "formula" ? [c.value.formula] : []));
    expect(formulas).toHaveLength(4 * 2 + 3 * 4 + 3 + 4 * 2);
    for (const f of formulas) expect(f).not.toMatch(/雲端|系統/);
  });
});

describe("several standards as roles", () => {
  const plan = build({
    standards: [cloud, service],
    people: 4,
    roles: [service.code, cloud.code, "unknown"],
    locale: "en",
  });

  test("a unit outside the role's standard is not required", () => {
    expect([valueAt(plan, "B7"), valueAt(plan, "C7"), valueAt(plan, "G7")]).toEqual([
      "雲端架構工程人員",
      4,
      null,
    ]);
    expect([valueAt(plan, "B8"), valueAt(plan, "C8"), valueAt(plan, "G8")]).toEqual([
      "雲端資訊服務人員",
      null,
      3,
    ]);
  });

  test("every unit header names its standard; roles default to the first standard", () => {
    const headerRow = plan.tables[0]!.range.top + 1;
    expect(valueAt(plan, `C${headerRow}`)).toBe("INM2521-001v2 T1.1");
    expect(valueAt(plan, `F${headerRow}`)).toBe("INM2521-001v2 T2.3");
    expect(valueAt(plan, `G${headerRow}`)).toBe("IIS3512-001v1 T1.1");
    expect([1, 2, 3, 4].map((p) => valueAt(plan, `B${headerRow + p}`))).toEqual([
      "雲端資訊服務人員",
      "雲端架構工程人員",
      "雲端架構工程人員",
      "雲端架構工程人員",
    ]);
    expect(valueAt(plan, `A${headerRow}`)).toBe("Name");
  });
});

describe("knowledge and skill units", () => {
  test("K and S items of the standard on a 0–4 scale, levels derived from the tasks that list them", () => {
    const units = matrixUnits([service], "ks", { min: 0, max: 4 });
    expect(units.map((u) => u.code)).toEqual([
      "K01",
      "K02",
      "K03",
      "K04",
      "K05",
      "K06",
      "K07",
      "K08",
      "S01",
      "S02",
      "S03",
      "S04",
      "S05",
      "S06",
      "S07",
      "S08",
      "S09",
    ]);
    expect(new Set(units.map((u) => u.level))).toEqual(new Set([2]));
    const plan = build({ standards: [service], units: "ks" });
    expect(plan.validations[0]!.values).toEqual(["0", "1", "2", "3", "4"]);
    expect([valueAt(plan, "A6"), valueAt(plan, "A7")]).toEqual([
      "標準級別（由任務推得）",
      "必要級別（由任務推得）",
    ]);
    expect(valueAt(plan, "C11")).toBe("IIS3512-001v1 K01");
  });

  test("a custom scale", () => {
    const plan = build({ standards: [cloud], units: "ks", scale: { min: 1, max: 10 } });
    expect(plan.validations[0]!.values).toHaveLength(10);
    expect(valueAt(plan, "C6")).toBe(7);
  });
});

test("bad options are typed errors, not exceptions", () => {
  for (const options of [
    { standards: [] },
    { standards: [cloud], scale: { min: 3, max: 2 } },
    { standards: [cloud], scale: { min: 0, max: 1.5 } },
    { standards: [cloud], people: 0 },
    { standards: [cloud], people: 10_001 },
  ] as StaffingMatrixOptions[]) {
    expect(buildStaffingMatrix(options)).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: "invalidArgument" }),
    });
  }
});

test("the sheet name is unique in the workbook", () => {
  expect(build({ standards: [cloud], existingSheetNames: ["人員職能矩陣"] }).name).toBe("人員職能矩陣 (2)");
});

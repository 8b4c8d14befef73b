import { rangeAddress, type SheetPlan } from "../../src/layout";
import { buildAssessmentWorkbook, type AssessmentWorkbookOptions } from "../../src/layout/assessment";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { valueAt } from "./plan-queries";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function build(options: AssessmentWorkbookOptions): SheetPlan[] {
  const result = buildAssessmentWorkbook(options);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

const rules = (plan: SheetPlan) =>
  plan.conditionalFormats.map((f) => [
    rangeAddress(f.range),
    f.rule.kind === "formula" ? f.rule.formula : f.rule,
  ]);

describe("one standard, three people, derived ratings", () => {
  const [matrix, assessment, derived, training] = build({
    standards: [cloud],
    people: ["甲", "乙", "丙"],
    rating: "derived",
  });

  test("four sheets that name each other", () => {
    expect([matrix, assessment, derived, training].map((p) => p!.name)).toEqual([
      "人員職能矩陣",
      "職能評核",
      "職能等級",
      "培訓需求",
    ]);
  });

  test("assessment: a row per person and rater, an indicator per column under its task and level", () => {
    const plan = assessment!;
    expect(valueAt(plan, "D3")).toBe("INM2521-001v2 T1.1 系統需求分析");
    expect(plan.merges.map(rangeAddress)).toContain("D3:F3");
    expect(["D4", "G4"].map((a) => valueAt(plan, a))).toEqual(["級別 4", "級別 4"]);
    expect(valueAt(plan, "D5")).toMatch(/^P1\.1\.1 盤點系統工作負載/);
    expect(["A6", "B6", "C6", "D6", "S6", "T6", "W6"].map((a) => valueAt(plan, a))).toEqual([
      "姓名",
      "角色",
      "評核者",
      "INM2521-001v2 P1.1.1",
      "INM2521-001v2 P2.3.3",
      "INM2521-001v2 T1.1 級別",
      "INM2521-001v2 T2.3 級別",
    ]);
    expect(["A7", "B8", "C7", "C8", "C9"].map((a) => valueAt(plan, a))).toEqual([
      "=IF('人員職能矩陣'!A12=\"\",\"\",'人員職能矩陣'!A12)",
      "=IF('人員職能矩陣'!B12=\"\",\"\",'人員職能矩陣'!B12)",
      "本人",
      "主管",
      "本人",
    ]);
    expect(valueAt(plan, "T7")).toBe('=IF(COUNTA(D7:F7)=0,"",MAX(0,IF(COUNTIF(D7:F7,"達成")=3,4,0)))');
    expect(valueAt(plan, "V12")).toBe('=IF(COUNTA(K12:P12)=0,"",MAX(0,IF(COUNTIF(K12:P12,"達成")=6,4,0)))');
    expect(plan.tables[0]).toEqual(
      expect.objectContaining({ name: "Assessment", range: { top: 5, left: 0, bottom: 11, right: 22 } }),
    );
    expect(plan.validations.map((v) => [rangeAddress(v.range), v.values, v.allowBlank])).toEqual([
      ["D7:S12", ["達成", "未達成"], true],
    ]);
    expect(rules(plan)).toEqual([
      ["D7:S12", 'D7="達成"'],
      ["D7:S12", 'D7="未達成"'],
    ]);
  });

  test("derived levels: the manager's mark first, per indicator; a flag where self and manager differ", () => {
    const plan = derived!;
    expect(["A3", "C3", "F3", "G3", "J3"].map((a) => valueAt(plan, a))).toEqual([
      "姓名",
      "INM2521-001v2 T1.1",
      "INM2521-001v2 T2.3",
      "INM2521-001v2 T1.1 本人≠主管",
      "INM2521-001v2 T2.3 本人≠主管",
    ]);
    const s = "'職能評核'!";
    expect(valueAt(plan, "C4")).toBe(
      `=IF(COUNTA(${s}D7:F7,${s}D8:F8)=0,"",MAX(0,IF(SUMPRODUCT((${s}D8:F8="達成")+(${s}D8:F8="")*(${s}D7:F7="達成"))=3,4,0)))`,
    );
    expect(valueAt(plan, "G5")).toBe(
      `=IF(AND(ISNUMBER(${s}T9),ISNUMBER(${s}T10)),IF(${s}T9<>${s}T10,"⚠ 不一致",""),"")`,
    );
    expect(rules(plan)).toEqual([
      [
        "C4:F6",
        { kind: "colorScale", min: { value: 0, color: "#FFFFFF" }, max: { value: 4, color: "#63BE7B" } },
      ],
      ["G4:J6", 'G4<>""'],
    ]);
  });

  test("the matrix's ratings are the derived levels, without a dropdown", () => {
    expect(valueAt(matrix!, "C12")).toBe("='職能等級'!C4");
    expect(valueAt(matrix!, "F14")).toBe("='職能等級'!F6");
    expect(matrix!.validations.map((v) => rangeAddress(v.range))).toEqual(["B12:B14", "K12:K14", "N14"]);
  });

  test("training needs: tasks below the role's requirement, their K/S items, count, list and rank", () => {
    const plan = training!;
    const m = "'人員職能矩陣'!";
    const required = `INDEX(${m}C$7:C$7,MATCH(${m}$B12,${m}$B$7:$B$7,0))`;
    expect(valueAt(plan, "C7")).toBe(
      `=IFERROR(IF(AND(ISNUMBER(${m}C12),${required}<>"",${m}C12<${required}),1,0),0)`,
    );
    expect(valueAt(plan, "G3")).toBe("K01 職業安全衛生相關規範");
    expect(valueAt(plan, "G6")).toBe("INM2521-001v2 K01");
    // K01 is listed by T1.1 and T2.1 only; K14 by T2.2 and T2.3.
    expect(valueAt(plan, "G7")).toBe('=IF(MAX(C7,D7)=1,G$3,"")');
    expect(valueAt(plan, "T7")).toBe('=IF(MAX(E7,F7)=1,T$3,"")');
    const lastItem = "AH";
    expect(valueAt(plan, `${lastItem}6`)).toBe("INM2521-001v2 S13");
    expect(valueAt(plan, "AI7")).toBe(`=SUMPRODUCT(--(LEN(G7:${lastItem}7)>0))`);
    expect(valueAt(plan, "AJ7")).toMatch(
      /^=MID\(IF\(G7<>"","、"&G7,""\)&IF\(H7<>"","、"&H7,""\)&.*,2,32767\)$/,
    );
    expect(valueAt(plan, "G4")).toBe("=SUMPRODUCT(--(LEN(G7:G9)>0))");
    expect(valueAt(plan, "H5")).toBe(`=IF(H4=0,"",RANK(H4,$G$4:$${lastItem}$4)+COUNTIF($G$4:H4,H4)-1)`);
    expect(valueAt(plan, "A11")).toBe("團隊培訓需求排名");
    expect(["A12", "B12", "C12", "A13", "B13", "C13"].map((a) => valueAt(plan, a))).toEqual([
      "名次",
      "項目",
      "需要人數",
      1,
      `=IFERROR(INDEX($G$3:$${lastItem}$3,MATCH($A13,$G$5:$${lastItem}$5,0)),"")`,
      `=IFERROR(INDEX($G$4:$${lastItem}$4,MATCH($A13,$G$5:$${lastItem}$5,0)),"")`,
    ]);
    expect(rules(plan)).toEqual([
      [`G7:${lastItem}9`, 'G7<>""'],
      [`G4:${lastItem}4`, { kind: "dataBar", color: "#ED7D31", min: 0, max: 3 }],
    ]);
  });

  test("no formula contains document text", () => {
    for (const plan of [matrix, assessment, derived, training]) {
      for (const cell of plan!.cells)
        if (cell.value?.kind === "formula") expect(cell.value.formula).not.toMatch(/雲端|系統|盤點/);
    }
  });
});

test("typed ratings keep the matrix's dropdown; English labels throughout", () => {
  const [matrix, assessment, derived] = build({ standards: [cloud, service], people: 2, locale: "en" });
  expect(matrix!.validations[0]!.values).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
  expect(valueAt(matrix!, "C13")).toBeNull();
  expect(assessment!.validations[0]!.values).toEqual(["Met", "Not met"]);
  expect(valueAt(assessment!, "C8")).toBe("Manager");
  expect(derived!.name).toBe("Derived levels");
});

test("bad options are typed errors", () => {
  expect(buildAssessmentWorkbook({ standards: [cloud], people: 0 })).toEqual({
    ok: false,
    error: expect.objectContaining({ kind: "invalidArgument" }),
  });
  expect(buildAssessmentWorkbook({ standards: [] })).toEqual({
    ok: false,
    error: expect.objectContaining({ kind: "invalidArgument" }),
  });
});

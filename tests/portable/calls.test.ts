import { FUNCTION_NAMES } from "../../src/functions/dispatch";
import { findCompetencyCalls, toFileFormula, translateFormula } from "../../src/portable";
import { tokenize } from "../../src/portable/tokens";

const ids = FUNCTION_NAMES;

function calls(formula: string) {
  return findCompetencyCalls(formula, ids).calls.map((call) => ({
    id: call.id,
    form: call.form,
    text: formula.slice(call.start, call.end),
    args: call.args.map((a) => formula.slice(a.start, a.end).trim()),
    inner: call.inner.map((c) => formula.slice(c.start, c.end)),
  }));
}

test("finds a call in each form Excel keeps it in", () => {
  expect(calls('=COMPETENCY.KNOWLEDGE("T1.1")')).toEqual([
    { id: "KNOWLEDGE", form: "typed", text: 'COMPETENCY.KNOWLEDGE("T1.1")', args: ['"T1.1"'], inner: [] },
  ]);
  expect(calls("_xldudf_COMPETENCY_SKILLS(A1,'My sheet'!$B$2)")).toEqual([
    {
      id: "SKILLS",
      form: "saved",
      text: "_xldudf_COMPETENCY_SKILLS(A1,'My sheet'!$B$2)",
      args: ["A1", "'My sheet'!$B$2"],
      inner: [],
    },
  ]);
  expect(calls("=[2]!_xldudf_COMPETENCY_TASKS()")[0]).toMatchObject({
    id: "TASKS",
    form: "linked",
    args: [],
  });
  expect(calls("=competency.level(B3)")[0]).toMatchObject({ id: "LEVEL", form: "typed" });
  // Excel 365 marks implicit intersection with "@" when it opens an older file.
  expect(calls("=@COMPETENCY.NAME(B3)")[0]).toMatchObject({ id: "NAME", text: "COMPETENCY.NAME(B3)" });
});

test("finds calls nested in other functions and in each other, with each argument's span", () => {
  expect(calls('=IFERROR(INDEX(COMPETENCY.TASKS(, 3),2,2),"—")+COUNTA(COMPETENCY.DUTIES())')).toEqual([
    { id: "TASKS", form: "typed", text: "COMPETENCY.TASKS(, 3)", args: ["", "3"], inner: [] },
    { id: "DUTIES", form: "typed", text: "COMPETENCY.DUTIES()", args: [], inner: [] },
  ]);
  const nested = calls('=COMPETENCY.NAME(INDEX(COMPETENCY.REQUIREDBY("K01"),1,1))');
  expect(nested).toHaveLength(1);
  expect(nested[0]!.inner).toEqual(['COMPETENCY.REQUIREDBY("K01")']);
});

test("text that only looks like a call is not one; other functions and names are left alone", () => {
  expect(calls('="COMPETENCY.KNOWLEDGE(T1.1)"&A1')).toEqual([]);
  expect(calls("='COMPETENCY.NAME(x'!A1")).toEqual([]);
  expect(calls("=COMPETENCY.NOSUCH(A1)+MYADDIN.KNOWLEDGE(A1)")).toEqual([]);
  expect(calls('=COMPETENCY.NAME("a)b,c",{1,2;3,4})')[0]!.args).toEqual(['"a)b,c"', "{1,2;3,4}"]);
});

test("a formula that cannot be read (unclosed string or parenthesis) is reported, not guessed", () => {
  expect(findCompetencyCalls('=COMPETENCY.NAME("T1.1)', ids)).toEqual({ calls: [], unreadable: true });
  expect(findCompetencyCalls("=COMPETENCY.NAME(A1", ids)).toEqual({ calls: [], unreadable: true });
  expect(findCompetencyCalls("=A1)", ids).unreadable).toBe(true);
});

test("tokens keep their offsets, numbers with exponents and error literals whole", () => {
  const formula = '=1.5E+3-#N/A&"a""b"';
  const tokenized = tokenize(formula);
  if (!tokenized.ok) throw new Error("not tokenized");
  expect(tokenized.tokens.map((t) => [t.type, t.operand ?? "", t.value])).toEqual([
    ["operand", "number", "1.5E+3"],
    ["operator", "", "-"],
    ["operand", "error", "#N/A"],
    ["operator", "", "&"],
    ["operand", "text", 'a"b'],
  ]);
  for (const t of tokenized.tokens)
    expect(formula.slice(t.start, t.end)).toBe(
      t.type === "operand" && t.operand === "text" ? '"a""b"' : t.value,
    );
});

test("a formula in file form: FILTER and UNIQUE prefixed as Excel saves them, strings and other names untouched", () => {
  expect(toFileFormula('=IFERROR(UNIQUE(FILTER(A1:B9,C1:C9="FILTER(")),NA())')).toBe(
    '=IFERROR(_xlfn.UNIQUE(_xlfn._xlws.FILTER(A1:B9,C1:C9="FILTER(")),NA())',
  );
  expect(toFileFormula("INDEX(A1:A3,2)")).toBe("INDEX(A1:A3,2)");
});

test("a shared formula seen from a cell it was filled into: relative references move, fixed parts, strings and names stay", () => {
  expect(translateFormula('COMPETENCY.NAME(A1,"INM2521-001v2")', 2, 0)).toBe(
    'COMPETENCY.NAME(A3,"INM2521-001v2")',
  );
  expect(translateFormula("SUM($A1:B$2,'My sheet'!C3,Sheet2!$D$4)+Rate", 1, 1)).toBe(
    "SUM($A2:C$2,'My sheet'!D4,Sheet2!$D$4)+Rate",
  );
  expect(translateFormula("COUNTA(A:A)+Table1[Code]+A1#", 3, 2)).toBe("COUNTA(C:C)+Table1[Code]+A1#");
});

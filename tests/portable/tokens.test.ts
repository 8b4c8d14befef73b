import { FUNCTION_NAMES } from "../../src/functions/dispatch";
import {
  findCompetencyCalls,
  toFileFormula,
  translateFormula,
  unreadableCallsProblem,
} from "../../src/portable";
import { tokenize, type Token } from "../../src/portable/tokens";
import { FORMS, UNREADABLE } from "./formula-forms";

function tokens(formula: string): Token[] {
  const tokenized = tokenize(formula);
  if (!tokenized.ok) throw new Error(`${formula}: ${tokenized.problem.en}`);
  return tokenized.tokens;
}

/** [type, operand kind, source text] of each token other than whitespace. */
function read(formula: string): Array<[string, string, string]> {
  return tokens(formula)
    .filter((t) => t.type !== "whitespace")
    .map((t) => [t.type, t.operand ?? "", formula.slice(t.start, t.end)]);
}

function problem(formula: string) {
  const tokenized = tokenize(formula);
  if (tokenized.ok) throw new Error(`${formula} was read`);
  return tokenized;
}

test("every token's span is its own text: the spans tile each formula after its '='", () => {
  for (const formula of FORMS) {
    const spans = tokens(formula);
    let at = 1;
    for (const t of spans) {
      expect([formula, t.start]).toEqual([formula, at]);
      at = t.end;
    }
    expect([formula, at]).toEqual([formula, formula.length]);
    for (const t of spans) {
      const source = formula.slice(t.start, t.end);
      if (t.type === "function-start") expect(source).toBe(`${t.value}(`);
      else if (t.operand === "text") expect(source).toBe(`"${t.value.split('"').join('""')}"`);
      else expect(source).toBe(t.value);
    }
  }
});

test("the saved forms: a linked [n]!_xldudf_ name and an _xlfn. prefix are one function start each", () => {
  expect(read("=[2]!_xldudf_COMPETENCY_TASKS(,3)")).toEqual([
    ["function-start", "", "[2]!_xldudf_COMPETENCY_TASKS("],
    ["argument-separator", "", ","],
    ["operand", "number", "3"],
    ["function-stop", "", ")"],
  ]);
  expect(read("=_xlfn.SINGLE(A1)")[0]).toEqual(["function-start", "", "_xlfn.SINGLE("]);
});

test('"@" before a function or a reference is an operator of its own (the package drops it from a name)', () => {
  expect(read("=@COMPETENCY.NAME(B3)+@A1:A3")).toEqual([
    ["operator", "", "@"],
    ["function-start", "", "COMPETENCY.NAME("],
    ["operand", "reference", "B3"],
    ["function-stop", "", ")"],
    ["operator", "", "+"],
    ["operator", "", "@"],
    ["operand", "reference", "A1:A3"],
  ]);
});

test("a quoted sheet name keeps its doubled quotes in the reference's text (the package undoubles them)", () => {
  const formula = "=_xldudf_COMPETENCY_LEVEL('O''Brien''s tasks'!$B$2)";
  expect(read(formula)[1]).toEqual(["operand", "reference", "'O''Brien''s tasks'!$B$2"]);
  expect(tokens(formula)[1]!.value).toBe("'O''Brien''s tasks'!$B$2");
});

test("external references: a workbook in brackets, inside a quoted name or before a sheet or a name", () => {
  expect(read("='C:\\work\\[Book1.xlsx]My sheet'!A1+[1]Sheet1!B2+COMPETENCY.LEVEL([1]!Code)")).toEqual([
    ["operand", "reference", "'C:\\work\\[Book1.xlsx]My sheet'!A1"],
    ["operator", "", "+"],
    ["operand", "reference", "[1]Sheet1!B2"],
    ["operator", "", "+"],
    ["function-start", "", "COMPETENCY.LEVEL("],
    ["operand", "reference", "[1]!Code"],
    ["function-stop", "", ")"],
  ]);
});

test("structured references are one operand, also when inner brackets hold a ',' or a space", () => {
  expect(read("=COUNTA(Table1[[#This Row],[Code]])")).toEqual([
    ["function-start", "", "COUNTA("],
    ["operand", "reference", "Table1[[#This Row],[Code]]"],
    ["function-stop", "", ")"],
  ]);
  expect(read("=SUM(Table1[@Level], [Level],Table1[[#Headers],[#Data],[Code]:[Level]])")).toEqual([
    ["function-start", "", "SUM("],
    ["operand", "reference", "Table1[@Level]"],
    ["argument-separator", "", ","],
    ["operand", "reference", "[Level]"],
    ["argument-separator", "", ","],
    ["operand", "reference", "Table1[[#Headers],[#Data],[Code]:[Level]]"],
    ["function-stop", "", ")"],
  ]);
});

test("array constants: braces, ',' and ';' between values, and text inside", () => {
  expect(read('={1,"a;b";TRUE,#N/A}')).toEqual([
    ["array-start", "", "{"],
    ["operand", "number", "1"],
    ["array-separator", "", ","],
    ["operand", "text", '"a;b"'],
    ["array-separator", "", ";"],
    ["operand", "logical", "TRUE"],
    ["array-separator", "", ","],
    ["operand", "error", "#N/A"],
    ["array-stop", "", "}"],
  ]);
  expect(read("=ARRAY(1)")[0]).toEqual(["function-start", "", "ARRAY("]);
});

test("error literals are operands; an error inside a sheet reference and a final spill reference stay references", () => {
  const errors = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
  expect(
    read(`=CHOOSE(1,${errors.join(",")})`)
      .filter((t) => t[1] === "error")
      .map((t) => t[2]),
  ).toEqual(errors);
  expect(read("=#SPILL!")).toEqual([["operand", "error", "#SPILL!"]]);
  expect(read("=Sheet2!#REF!+1")[0]).toEqual(["operand", "reference", "Sheet2!#REF!"]);
  expect(read("=A1#")).toEqual([["operand", "reference", "A1#"]]);
});

test("spill references and the errors newer than the package's list are read anywhere in a formula", () => {
  expect(read("=COUNTA(A1#)+COMPETENCY.NAME('My sheet'!B1#)")).toEqual([
    ["function-start", "", "COUNTA("],
    ["operand", "reference", "A1#"],
    ["function-stop", "", ")"],
    ["operator", "", "+"],
    ["function-start", "", "COMPETENCY.NAME("],
    ["operand", "reference", "'My sheet'!B1#"],
    ["function-stop", "", ")"],
  ]);
  expect(read("=IFERROR(#CALC!,#SPILL!)&A1#")).toEqual([
    ["function-start", "", "IFERROR("],
    ["operand", "error", "#CALC!"],
    ["argument-separator", "", ","],
    ["operand", "error", "#SPILL!"],
    ["function-stop", "", ")"],
    ["operator", "", "&"],
    ["operand", "reference", "A1#"],
  ]);
  const [call] = findCompetencyCalls("=INDEX(A1#,1)&COMPETENCY.NAME(B1#)", FUNCTION_NAMES).calls;
  expect(call).toMatchObject({ id: "NAME", args: [{ tokens: [{ value: "B1#", operand: "reference" }] }] });
});

test("whitespace, line breaks and a unary '+' the package drops are kept as tokens of their own", () => {
  const formula = "=+ COMPETENCY.LEVEL( A1 )  *\n  -2%";
  expect(tokens(formula).map((t) => [t.type, formula.slice(t.start, t.end)])).toEqual([
    ["operator", "+"],
    ["whitespace", " "],
    ["function-start", "COMPETENCY.LEVEL("],
    ["whitespace", " "],
    ["operand", "A1"],
    ["whitespace", " "],
    ["function-stop", ")"],
    ["whitespace", "  "],
    ["operator", "*"],
    ["whitespace", "\n  "],
    ["operator", "-"],
    ["operand", "2"],
    ["operator", "%"],
  ]);
  expect(read("=A1:B2 B1:C3")).toEqual([
    ["operand", "reference", "A1:B2"],
    ["operand", "reference", "B1:C3"],
  ]);
});

test("R1C1 references and logical values in any case are operands of their kind", () => {
  expect(read("=R1C1+R[-1]C[2]&true")).toEqual([
    ["operand", "reference", "R1C1"],
    ["operator", "", "+"],
    ["operand", "reference", "R[-1]C[2]"],
    ["operator", "", "&"],
    ["operand", "logical", "true"],
  ]);
});

test("a number with an exponent is one constant, whatever its mantissa's length", () => {
  expect(read("=2E+3+12E+3")).toEqual([
    ["operand", "number", "2E+3"],
    ["operator", "", "+"],
    ["operand", "number", "12E+3"],
  ]);
  const [call] = findCompetencyCalls("=COMPETENCY.NAME(12E+3)", FUNCTION_NAMES).calls;
  expect(call!.args[0]!.tokens.map((t) => [t.operand, t.value])).toEqual([["number", "12E+3"]]);
});

test("tabs are whitespace like spaces and line breaks, and #GETTING_DATA is an error literal", () => {
  const formula = "=COMPETENCY.LEVEL(\tA1\t)\t&\t\n1";
  expect(tokens(formula).map((t) => [t.type, formula.slice(t.start, t.end)])).toEqual([
    ["function-start", "COMPETENCY.LEVEL("],
    ["whitespace", "\t"],
    ["operand", "A1"],
    ["whitespace", "\t"],
    ["function-stop", ")"],
    ["whitespace", "\t"],
    ["operator", "&"],
    ["whitespace", "\t\n"],
    ["operand", "1"],
  ]);
  expect(read("=IFERROR(#GETTING_DATA,1)")[1]).toEqual(["operand", "error", "#GETTING_DATA"]);
});

test("what the package cannot read is reported with where and why, in both languages, not guessed", () => {
  const cases: Array<[string, number, string]> = [
    ["=COUNTA(A1 #)+COMPETENCY.NAME(B1)", 11, '"#"'],
    ["=IFERROR(#GETTING,1)", 9, '"#"'],
    ["=SUM(1;2)", 6, '";"'],
    ["=A1)", 3, "do not pair"],
    ['=COMPETENCY.NAME("T1.1)', 17, "not closed"],
    ["=COMPETENCY.NAME(A1", 19, "not closed"],
    ["=SUM(Table1[[#This Row],[Code])", 5, "square brackets"],
  ];
  expect(cases.map((c) => c[0])).toEqual(UNREADABLE);
  for (const [formula, at, why] of cases) {
    const failed = problem(formula);
    expect([formula, failed.at]).toEqual([formula, at]);
    expect(failed.problem.en).toContain(why);
    expect(failed.problem.zh).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(findCompetencyCalls("=COUNTA(A1 #)+COMPETENCY.NAME(B1)", FUNCTION_NAMES)).toEqual({
    calls: [],
    unreadable: true,
  });
});

test("calls are found in each form the package reads, with their arguments' spans", () => {
  const formula =
    "=+_xlfn.SINGLE([2]!_xldudf_COMPETENCY_KNOWLEDGE(Table1[[#This Row],[Code]],\n 'My sheet'!B2))";
  const [call] = findCompetencyCalls(formula, FUNCTION_NAMES).calls;
  expect(call).toMatchObject({ id: "KNOWLEDGE", form: "linked" });
  expect(call!.args.map((a) => formula.slice(a.start, a.end).trim())).toEqual([
    "Table1[[#This Row],[Code]]",
    "'My sheet'!B2",
  ]);
  expect(formula.slice(call!.start, call!.end)).toBe(
    "[2]!_xldudf_COMPETENCY_KNOWLEDGE(Table1[[#This Row],[Code]],\n 'My sheet'!B2)",
  );
});

test("file form and shared-formula moves work through the package's tokens, prefixed names and quoted sheets kept", () => {
  expect(toFileFormula("=_xlfn._xlws.FILTER(A1:A3,B1:B3)+ROWS(UNIQUE({1;1}))")).toBe(
    "=_xlfn._xlws.FILTER(A1:A3,B1:B3)+ROWS(_xlfn.UNIQUE({1;1}))",
  );
  expect(translateFormula("COMPETENCY.NAME('O''Brien'!A1, B$2)&Table1[[#This Row],[Code]]", 1, 1)).toBe(
    "COMPETENCY.NAME('O''Brien'!B2, C$2)&Table1[[#This Row],[Code]]",
  );
});

test("an unreadable formula is said to hold COMPETENCY calls when the package read one's name in it", () => {
  const formula = "=[2]!_xldudf_COMPETENCY_NAME(B1)+COUNTA(A1 #)";
  expect(unreadableCallsProblem(formula, FUNCTION_NAMES)).toEqual(problem(formula).problem);
  expect(problem(formula).at).toBe(formula.indexOf("#"));
  expect(unreadableCallsProblem("=MYADDIN.NAME(B1)+COUNTA(A1 #)", FUNCTION_NAMES)).toBeNull();
  expect(unreadableCallsProblem("=COMPETENCY.NAME(B1)+COUNTA(A1#)", FUNCTION_NAMES)).toBeNull();
  // The package reads the whole formula: a call after the point where it makes no sense is seen too.
  expect(unreadableCallsProblem("=COUNTA(A1 #)+COMPETENCY.NAME(B1)", FUNCTION_NAMES)).toEqual(
    problem("=COUNTA(A1 #)+COMPETENCY.NAME(B1)").problem,
  );
  expect(problem("=SUM(1;2)+COMPETENCY.NAME(B1)").functionNames).toEqual(["SUM", "COMPETENCY.NAME"]);
});

test("a quoted path with a drive letter, which the package cannot read alone, is one reference; a cut one is reported", () => {
  expect(read("=COMPETENCY.NAME('D:/shared/[Team.xlsx]Tasks'!B2#)")).toEqual([
    ["function-start", "", "COMPETENCY.NAME("],
    ["operand", "reference", "'D:/shared/[Team.xlsx]Tasks'!B2#"],
    ["function-stop", "", ")"],
  ]);
  expect(problem("=A1+'C:").at).toBe(4);
  expect(problem("=A1+'C:\\x").problem.en).toContain("does not match");
});

/** Formulas in each form the portable rewrite meets, for the tokenizer's tests in Node and in Chromium. */
export const FORMS = [
  '=@COMPETENCY.NAME(B3)&"—"',
  "=[2]!_xldudf_COMPETENCY_TASKS(,3)",
  "=_xlfn.SINGLE(_xldudf_COMPETENCY_LEVEL('O''Brien''s tasks'!$B$2))",
  "=COUNTA(COMPETENCY.KNOWLEDGE(Table1[[#This Row],[Code]]))+SUM(Table1[@Level], [Level])",
  '=INDEX({1,2;3,4},2,1)&{"a";"b"}',
  "=IFERROR(COMPETENCY.NAME(Sheet2!#REF!),#N/A)+#DIV/0!",
  "=+COMPETENCY.LEVEL(A1)  *\n  -2%",
  "=SUM(A1:B2 B1:C3)+R1C1+R[-1]C[2]",
  "=1.5E+3-TRUE&false&0.25",
  "=A1#",
  "=COUNTA(A1#)+COMPETENCY.NAME('My sheet'!B1#)",
  "=IFERROR(#CALC!,#SPILL!)&A1#",
  "=IFERROR(#GETTING_DATA,#FIELD!)+12E+3",
  "=COMPETENCY.NAME('D:/shared/[Team.xlsx]Tasks'!B2#)\t&\tA1",
  "='C:\\work\\[Book1.xlsx]My sheet'!A1+[1]Sheet1!B2+COMPETENCY.LEVEL([1]!Code)",
];

/** Formulas the package cannot read: each is reported, in Node and in the browser alike. */
export const UNREADABLE = [
  "=COUNTA(A1 #)+COMPETENCY.NAME(B1)",
  "=IFERROR(#GETTING,1)",
  "=SUM(1;2)",
  "=A1)",
  '=COMPETENCY.NAME("T1.1)',
  "=COMPETENCY.NAME(A1",
  "=SUM(Table1[[#This Row],[Code])",
];

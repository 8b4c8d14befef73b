import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { Catalog } from "../../src/catalog";
import { parseStandard } from "../../src/parse";
import { callFunction, FUNCTION_NAMES } from "../../src/functions/dispatch";
import {
  analyzeFormula,
  NATIVE_FUNCTIONS,
  type PortableRanges,
  type RewriteEnvironment,
} from "../../src/portable";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

const catalog = new Catalog();
catalog.add(parseSeed(SEED_000).standard, "bundled");
catalog.add(parseSeed(SEED_003).standard, "bundled");

/** Ranges named after what they hold, so a rendered formula reads as what it does. */
const ranges: PortableRanges = {
  data: { standard: "D.std", taskCode: "D.task", itemCode: "D.item", items: "D.items", tasks: "D.tasks" },
  defaultReference: "L.default",
  references: { keys: "L.refKeys", codes: "L.refCodes" },
  codes: { keys: "L.codeKeys", codes: "L.codes", texts: "L.texts", levels: "L.levels" },
  duties: { standard: "L.dutyStd", rows: "L.duties" },
  tasks: { standard: "L.taskStd", rows: "L.tasks" },
  taskLevels: { standard: "L.levelStd", level: "L.level", rows: "L.taskLevels" },
  attitudes: { standard: "L.attStd", rows: "L.attitudes" },
  search: { standard: "L.searchStd", code: "L.searchCode", folded: "L.folded", rows: "L.search" },
  standards: { rows: "L.standards" },
  changes: { keys: "L.changeKeys", rows: "L.changes" },
  info: { keys: "L.infoKeys", values: "L.info" },
};

const cells: Record<string, string | number> = { A1: "T1.1", B1: "IIS3512-001", C1: "" };

function environment(withAnswers: boolean, defaultStandard: string | null = null): RewriteEnvironment {
  const context = { catalog, defaultStandard, locale: "en" as const };
  return {
    catalog,
    defaultStandard,
    valueOf: (reference) => cells[reference] ?? null,
    ...(withAnswers ? { evaluate: (id, args) => callFunction(id, args, context) } : {}),
  };
}

test("constants resolve at rewrite time; a referenced standard is looked up live, an empty one falls back", () => {
  const analysis = analyzeFormula('=COMPETENCY.KNOWLEDGE("t1.1",B1)', environment(true, "INM2521-001v2"));
  if (analysis.kind !== "portable") throw new Error(analysis.kind);
  expect(analysis.standards).toEqual(new Set(["IIS3512-001v1"]));
  expect(analysis.usesDefault).toBe(true);
  expect(analysis.render(ranges)).toBe(
    'IFERROR(UNIQUE(FILTER(D.items,(D.std=IF(TRIM(B1)="",INDEX(L.refCodes,MATCH(TRIM(L.default),L.refKeys,0)),INDEX(L.refCodes,MATCH(TRIM(B1),L.refKeys,0))))*(D.task="T1.1")*(LEFT(D.item,1)="K"))),NA())',
  );
  const answer = callFunction("KNOWLEDGE", ["T1.1", "IIS3512-001"], {
    catalog,
    defaultStandard: null,
    locale: "en",
  });
  if (!answer.ok || !Array.isArray(answer.value)) throw new Error("no rows");
  expect(analysis.size).toEqual({ rows: answer.value.length, columns: 2 });
});

test("an omitted standard without a default is the one standard that has the code, fixed; else the call is left", () => {
  const analysis = analyzeFormula('=COUNTA(COMPETENCY.SKILLS("T2.3"))', environment(true));
  if (analysis.kind !== "portable") throw new Error(analysis.kind);
  expect(analysis.render(ranges)).toContain('D.std="INM2521-001v2"');
  expect(analysis.size).toEqual({ rows: 1, columns: 1 });
  // Both standards have T1.1: the add-in answers #N/A naming them, so the rewrite cannot choose.
  expect(analyzeFormula("=COMPETENCY.SKILLS(A1)", environment(true)).kind).toBe("unresolved");
});

test("with today's answers (the CLI), an argument that is an expression or an answer that is an error is left", () => {
  const expression = analyzeFormula('=COMPETENCY.NAME(A1&".1")', environment(true, "INM2521-001v2"));
  expect(expression).toEqual({
    kind: "unresolved",
    problems: [
      expect.objectContaining({
        en: expect.stringMatching(/Argument 1 of COMPETENCY.NAME is not a constant or a cell reference/),
      }),
    ],
  });
  const unknown = analyzeFormula('=COMPETENCY.NAME("T9.9","INM2521-001v2")', environment(true));
  expect(unknown.kind).toBe("unresolved");
});

test("without them (in Excel), an expression argument is rewritten to follow it, reading every standard", () => {
  const analysis = analyzeFormula('=COMPETENCY.NAME(A1&".1")', environment(false, "INM2521-001v2"));
  if (analysis.kind !== "portable") throw new Error(analysis.kind);
  expect(analysis.everyStandard).toBe(true);
  expect(analysis.render(ranges)).toContain('TRIM(A1&".1")');
});

test("formulas without calls, and unreadable ones, are not touched", () => {
  expect(analyzeFormula("=SUM(A1:A3)", environment(true))).toEqual({ kind: "none" });
  expect(analyzeFormula('=COMPETENCY.NAME("T1.1', environment(true))).toEqual({ kind: "none" });
});

test("every COMPETENCY function has its native formula: a new function adds one entry to NATIVE_FUNCTIONS", () => {
  expect(Object.keys(NATIVE_FUNCTIONS).sort()).toEqual([...FUNCTION_NAMES].sort());
});

test("a call of a function without a native form is left as it is, and says so", () => {
  const analysis = analyzeFormula("=COMPETENCY.NEWER(A1)", {
    ...environment(true),
    functionIds: [...FUNCTION_NAMES, "NEWER"],
  });
  expect(analysis).toEqual({
    kind: "unresolved",
    problems: [
      { zh: "COMPETENCY.NEWER 還沒有原生公式的寫法。", en: "COMPETENCY.NEWER has no native formula yet." },
    ],
  });
});

describe("CHANGES", () => {
  // The second version of seed 000, built from it by scripts/fixtures/version-pairs.ts.
  const v3 = parseStandard(readFileSync(join(VERSION_PAIRS_DIR, "tab-all", "new.txt"), "utf8")).standard;
  const versions = new Catalog();
  versions.add(parseSeed(SEED_000).standard, "bundled");
  versions.add(v3, "bundled");
  const compare = (formula: string, values: Record<string, string>) =>
    analyzeFormula(formula, {
      catalog: versions,
      defaultStandard: null,
      valueOf: (reference) => values[reference] ?? null,
      evaluate: (id, args) =>
        callFunction(id, args, { catalog: versions, defaultStandard: null, locale: "en" }),
    });

  test("a constant pair is resolved now: its key filters the changes table, both standards on the data sheet", () => {
    const analysis = compare('=COMPETENCY.CHANGES("INM2521-001v2","INM2521-001")', {});
    if (analysis.kind !== "portable") throw new Error(analysis.kind);
    expect(analysis.render(ranges)).toBe(
      'IFERROR(FILTER(L.changes,L.changeKeys="INM2521-001v2"&"|"&"INM2521-001v3"),NA())',
    );
    expect(analysis.standards).toEqual(new Set(["INM2521-001v2", "INM2521-001v3"]));
    expect(analysis.changePairs).toEqual(new Set(["INM2521-001v2|INM2521-001v3"]));
    expect(analysis.changesFollowCells).toBe(false);
    const answer = callFunction("CHANGES", ["INM2521-001v2", "INM2521-001v3"], {
      catalog: versions,
      defaultStandard: null,
      locale: "en",
    });
    if (!answer.ok || !Array.isArray(answer.value)) throw new Error("no rows");
    expect(analysis.size).toEqual({ rows: answer.value.length, columns: 6 });
  });

  test("a referenced standard is looked up live, and any pair of versions may be asked for later", () => {
    const analysis = compare("=COUNTA(COMPETENCY.CHANGES(A1,B1))", {
      A1: "INM2521-001v3",
      B1: "INM2521-001v2",
    });
    if (analysis.kind !== "portable") throw new Error(analysis.kind);
    const lookup = (cell: string) => `INDEX(L.refCodes,MATCH(TRIM(${cell}),L.refKeys,0))`;
    expect(analysis.render(ranges)).toBe(
      `COUNTA(IFERROR(FILTER(L.changes,L.changeKeys=${lookup("A1")}&"|"&${lookup("B1")}),NA()))`,
    );
    expect(analysis.changePairs).toEqual(new Set(["INM2521-001v3|INM2521-001v2"]));
    expect(analysis.changesFollowCells).toBe(true);
    expect(compare('=COMPETENCY.CHANGES("INM2521-001v2","NOPE-001")', {}).kind).toBe("unresolved");
  });
});

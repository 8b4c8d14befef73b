/**
 * @jest-environment jsdom
 */
import { Catalog } from "../../src/catalog";
import {
  findBrokenFormulas,
  makeWorkbookPortable,
  repairWorkbookFormulas,
  restoreWorkbookFormulas,
} from "../../src/excel/portable-workbook";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { FakePortableExcel } from "./fake-portable-excel";

/**
 * The Office.js side of issue 10 on the tests' fake of Excel: make portable, restore and repair
 * each in a bounded number of syncs, and all or nothing when Excel refuses a write.
 */
const catalog = new Catalog();
catalog.add(parseSeed(SEED_000).standard, "bundled");
catalog.add(parseSeed(SEED_003).standard, "bundled");
const options = { catalog, defaultStandard: "INM2521-001v2", locale: "zh" as const };

const TYPED = {
  L1: "T1.1",
  L2: "IIS3512-001",
  A1: "=COMPETENCY.KNOWLEDGE(L1)",
  A8: "=COUNTA(COMPETENCY.DUTIES(L2))",
  A9: '=IFERROR(COMPETENCY.NAME("K01",L2),"")',
  A10: "=SUM(B1:B3)",
};

function workbook(failOn?: RegExp): FakePortableExcel {
  const fake = new FakePortableExcel({ sheets: ["分析", "其他"], ...(failOn ? { failOn } : {}) });
  fake.type("分析", TYPED);
  fake.type("其他", { C3: "=COMPETENCY.STANDARDS()" });
  return fake;
}

test("make portable rewrites every sheet's calls in 7 syncs: data and lookup sheets added, originals recorded", async () => {
  const fake = workbook();
  const outcome = await makeWorkbookPortable(fake.context, options);
  expect(fake.syncs).toBe(7);
  expect(outcome).toEqual({
    counts: { KNOWLEDGE: 1, DUTIES: 1, NAME: 1, STANDARDS: 1 },
    cells: 4,
    sheets: ["職能資料", "職能查詢表"],
  });
  expect(fake.excel.state().sheets).toEqual(["分析", "其他", "職能資料", "職能查詢表"]);
  expect(fake.formula("分析", "A1")).toMatch(/^=IFERROR\(UNIQUE\(FILTER\('職能資料'!\$I\$2:\$J\$\d+,/);
  expect(fake.formula("分析", "A8")).toMatch(/^=COUNTA\(IFERROR\(FILTER\('職能查詢表'!/);
  expect(fake.formula("其他", "C3")).toMatch(/^='職能查詢表'!\$[A-Z]+\$2:\$[A-Z]+\$3$/);
  expect(fake.formula("分析", "A10")).toBe("=SUM(B1:B3)");
  expect(JSON.stringify(fake.formula("分析", "A9"))).not.toContain("COMPETENCY");
  expect(fake.parts).toHaveLength(1);
  expect(fake.parts[0]!.xml).toContain("=COMPETENCY.KNOWLEDGE(L1)");
});

test("make portable is all or nothing: a refused write puts the formulas back and deletes the added sheets", async () => {
  const fake = workbook(/customXmlParts\.add/);
  const before = fake.excel.state();
  await expect(makeWorkbookPortable(fake.context, options)).rejects.toThrow(/customXmlParts\.add/);
  expect(fake.excel.state()).toEqual(before);
  for (const [address, formula] of Object.entries(TYPED)) expect(fake.formula("分析", address)).toBe(formula);
  expect(fake.formula("其他", "C3")).toBe("=COMPETENCY.STANDARDS()");
  expect(fake.parts).toEqual([]);
});

test("restore formulas puts every original back in 3 syncs; a second make portable starts from them", async () => {
  const fake = workbook();
  await makeWorkbookPortable(fake.context, options);
  const portable = fake.formula("分析", "A1");
  const syncs = fake.syncs;
  expect(await makeWorkbookPortable(fake.context, options)).toMatchObject({ cells: 4 });
  expect(fake.syncs - syncs).toBe(8);
  expect(fake.excel.state().sheets).toEqual(["分析", "其他", "職能資料", "職能查詢表"]);
  expect(fake.formula("分析", "A1")).toBe(portable);

  const before = fake.syncs;
  expect(await restoreWorkbookFormulas(fake.context)).toEqual({ restored: 4, kept: 0 });
  expect(fake.syncs - before).toBe(3);
  for (const [address, formula] of Object.entries(TYPED)) expect(fake.formula("分析", address)).toBe(formula);
  expect(fake.excel.state().sheets).toEqual(["分析", "其他"]);
  expect(fake.parts).toEqual([]);
});

test("restore keeps a cell a colleague changed since, and the sheets it may read", async () => {
  const fake = workbook();
  await makeWorkbookPortable(fake.context, options);
  fake.type("分析", { A9: "=1+1" });
  expect(await restoreWorkbookFormulas(fake.context)).toEqual({ restored: 3, kept: 1 });
  expect(fake.formula("分析", "A9")).toBe("=1+1");
  expect(fake.formula("分析", "A1")).toBe(TYPED.A1);
  expect(fake.excel.state().sheets).toEqual(["分析", "其他", "職能資料", "職能查詢表"]);
});

test("repair finds formulas saved in a broken form (2 syncs) and re-enters them typed (3 syncs), all or nothing", async () => {
  const broken = {
    B1: "=[2]!_xldudf_COMPETENCY_KNOWLEDGE(L1)",
    B2: '=IFERROR(_xldudf_COMPETENCY_LEVEL("T1.1",[1]!_xldudf_COMPETENCY_INFO("code")),0)',
    B3: "=COMPETENCY.TASKS()",
  };
  const refused = new FakePortableExcel({ failOn: /formulas\(B2\)/ });
  refused.type("Sheet1", broken);
  await expect(repairWorkbookFormulas(refused.context)).rejects.toThrow();
  for (const [address, formula] of Object.entries(broken))
    expect(refused.formula("Sheet1", address)).toBe(formula);

  const fake = new FakePortableExcel();
  fake.type("Sheet1", broken);
  expect((await findBrokenFormulas(fake.context)).map((c) => c.address)).toEqual(["B1", "B2"]);
  expect(fake.syncs).toBe(2);
  expect(await repairWorkbookFormulas(fake.context)).toBe(2);
  expect(fake.syncs).toBe(5);
  expect(fake.formula("Sheet1", "B1")).toBe("=COMPETENCY.KNOWLEDGE(L1)");
  expect(fake.formula("Sheet1", "B2")).toBe('=IFERROR(COMPETENCY.LEVEL("T1.1",COMPETENCY.INFO("code")),0)');
  expect(fake.formula("Sheet1", "B3")).toBe("=COMPETENCY.TASKS()");
});

import { Catalog, loadDocument, toStandardsFile, type CatalogEntry } from "../../src/catalog";
import type { Result, Standard } from "../../src/model";
import { parseSeed, SEED_000, SEED_003, seedText } from "../helpers/seeds";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

function withVersion(standard: Standard, version: number, name = standard.name): Standard {
  return { ...standard, code: standard.code.replace(/v\d+$/, `v${version}`), name };
}

function catalogOf(...standards: Standard[]): Catalog {
  const catalog = new Catalog();
  for (const s of standards) catalog.add(s, "bundled");
  return catalog;
}

describe("resolving a standard reference", () => {
  const catalog = catalogOf(cloud, withVersion(cloud, 1), service);
  const code = (r: Result<CatalogEntry>) => value(r).standard.code;

  test("an exact code with version", () => {
    expect(code(catalog.resolve("INM2521-001v1"))).toBe("INM2521-001v1");
  });

  test("a code without version is the newest version loaded", () => {
    expect(code(catalog.resolve("INM2521-001"))).toBe("INM2521-001v2");
  });

  test("case, width and surrounding spaces do not matter", () => {
    expect(code(catalog.resolve("  ｉｎｍ２５２１-００１Ｖ２ "))).toBe("INM2521-001v2");
  });

  test("the exact name (or the title) resolves to the newest version", () => {
    expect(code(catalog.resolve("雲端資訊服務人員"))).toBe("IIS3512-001v1");
    expect(code(catalog.resolve("雲端架構工程人員職能基準"))).toBe("INM2521-001v2");
  });

  test("unknown references are notFound and list what is loaded", () => {
    const result = catalog.resolve("INM2521-001v9");
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: "notFound" }) });
    if (!result.ok) expect(result.error.message.en).toContain("IIS3512-001v1 雲端資訊服務人員");
  });

  test("empty or oversized references are invalid arguments", () => {
    expect(catalog.resolve(" ")).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: "invalidArgument" }),
    });
    expect(catalog.resolve("x".repeat(500))).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: "invalidArgument" }),
    });
  });

  test("a name shared by two different standards is ambiguous", () => {
    const twin = { ...service, code: "ABC1234-001v1", name: cloud.name };
    const result = catalogOf(cloud, twin).resolve(cloud.name);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: "ambiguous", candidates: ["ABC1234-001v1", "INM2521-001v2"] }),
    });
  });
});

describe("precedence of sources", () => {
  test("the workbook's copy wins over the bundled one with the same code, whatever the order", () => {
    const edited = { ...cloud, description: "workbook copy" };
    const catalog = new Catalog();
    catalog.add(edited, "workbook");
    expect(catalog.add(cloud, "bundled")).toBe(false);
    expect(value(catalog.resolve(cloud.code)).standard.description).toBe("workbook copy");
    catalog.remove(cloud.code, "workbook");
    expect(value(catalog.resolve(cloud.code))).toMatchObject({ source: "bundled", standard: cloud });
    catalog.remove(cloud.code, "bundled");
    expect(catalog.resolve(cloud.code).ok).toBe(false);
  });

  test("every source keeps its copy: removing the served one reveals the one underneath", () => {
    const catalog = new Catalog();
    const imported = { ...cloud, description: "imported copy" };
    const carried = { ...cloud, description: "workbook copy" };
    catalog.add(cloud, "bundled");
    catalog.add(carried, "workbook");
    expect(catalog.add(imported, "imported")).toBe(false);
    expect(catalog.sourcesOf(cloud.code)).toEqual(["workbook", "imported", "bundled"]);
    expect(catalog.get(cloud.code)?.standard).toBe(carried);
    expect(catalog.remove(cloud.code, "workbook")).toBe(true);
    expect(catalog.get(cloud.code)?.standard).toBe(imported);
    expect(catalog.remove(cloud.code, "workbook")).toBe(false);
    expect(catalog.copy(cloud.code, "bundled")?.standard).toBe(cloud);
    expect(catalog.search("imported copy", { kinds: new Set(["N"]) })).toHaveLength(1);
  });

  test("replacing one source's copies leaves the others; subscribers hear each change once", () => {
    const catalog = catalogOf(cloud);
    const heard = jest.fn();
    const unsubscribe = catalog.subscribe(heard);
    const before = catalog.entries();
    expect(catalog.entries()).toBe(before);
    catalog.replaceSource("workbook", [service, { ...cloud, name: "改名" }]);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(catalog.entries()).not.toBe(before);
    expect(catalog.entries().map((e) => [e.standard.code, e.source])).toEqual([
      ["IIS3512-001v1", "workbook"],
      ["INM2521-001v2", "workbook"],
    ]);
    catalog.replaceSource("workbook", []);
    expect(catalog.entries().map((e) => e.source)).toEqual(["bundled"]);
    unsubscribe();
    catalog.add(service, "imported");
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe("looking up codes", () => {
  const index = value(catalogOf(cloud).resolve(cloud.code)).index;

  test.each([
    ["T1", "duty", "雲端系統架構分析"],
    ["t2.2", "task", "雲端系統架構開發"],
    ["Ｏ２．３．１", "output", "雲端系統測試報告"],
    ["P2.2.3", "indicator", "建立雲端資料與系統的服務品質保證協議 (SLA)。"],
    [" k3 ", "knowledge", "網路與通訊"],
    ["S013", "skill", "客戶技術問題解決能力"],
    ["a7", "attitude", "彈性"],
  ])("%s is a %s named %s", (code, kind, text) => {
    expect(index.lookup(code)).toEqual(expect.objectContaining({ kind, text }));
  });

  test("unknown and malformed codes", () => {
    expect(index.lookup("T9.9")).toBeUndefined();
    expect(index.lookup("hello")).toBeUndefined();
  });

  test("tasks by level, items of a task in document order without repeats", () => {
    expect(index.tasksAtLevel(4).map((r) => r.task.code)).toEqual(["T1.1", "T2.1", "T2.2", "T2.3"]);
    expect(index.tasksAtLevel(3)).toEqual([]);
    const t22 = index.tasks().find((r) => r.task.code === "T2.2")!.task;
    expect(index.itemsOf(t22, "knowledge").map((k) => k.code)).toEqual([
      "K02",
      "K03",
      "K04",
      "K05",
      "K06",
      "K07",
      "K08",
      "K09",
      "K10",
      "K11",
      "K12",
      "K13",
      "K14",
      "K15",
    ]);
    expect(index.indicatorsOf(t22).map((p) => p.code)).toEqual([
      "P2.2.1",
      "P2.2.2",
      "P2.2.3",
      "P2.2.4",
      "P2.2.5",
      "P2.2.6",
    ]);
  });

  test("which tasks require a K or S code", () => {
    expect(index.requiredBy("K01").map((t) => t.code)).toEqual(["T1.1", "T2.1"]);
    expect(index.requiredBy("ｓ１１").map((t) => t.code)).toEqual(["T2.3"]);
    expect(index.requiredBy("K99")).toEqual([]);
  });
});

describe("search", () => {
  const catalog = catalogOf(cloud, service);

  test("finds texts across standards and says where they matched", () => {
    const hits = catalog.search("資訊安全");
    expect(hits.map((h) => [h.standard, h.kind, h.code])).toEqual([
      ["INM2521-001v2", "P", "P2.1.2"],
      ["INM2521-001v2", "P", "P2.2.2"],
      ["INM2521-001v2", "P", "P2.3.2"],
      ["INM2521-001v2", "K", "K08"],
      ["INM2521-001v2", "S", "S10"],
    ]);
    expect(hits[0]).toEqual(expect.objectContaining({ tasks: ["T2.1"], levels: [4] }));
    expect(hits[3]).toEqual(expect.objectContaining({ tasks: ["T1.1", "T2.1", "T2.2", "T2.3"] }));
  });

  test("an item code in any form finds that item in each standard that has it", () => {
    expect(catalog.search("k08").map((h) => [h.standard, h.code, h.text])).toEqual([
      ["IIS3512-001v1", "K08", "除錯流程與工具使用知識"],
      ["INM2521-001v2", "K08", "資訊安全概論"],
    ]);
    expect(catalog.search("Ｔ２．２").map((h) => [h.standard, h.code])).toEqual([
      ["IIS3512-001v1", "T2.2"],
      ["INM2521-001v2", "T2.2"],
    ]);
    expect(catalog.search("inm2521", { kinds: new Set(["N"]) }).map((h) => [h.code, h.text])).toEqual([
      ["code", "INM2521-001v2"],
    ]);
  });

  test("is case- and width-insensitive and can include header and note texts", () => {
    expect(catalog.search("ｓｌａ").map((h) => h.code)).toEqual(["P2.2.3"]);
    expect(catalog.search("saas", { kinds: new Set(["N"]) }).map((h) => h.code)).toEqual(["notes"]);
  });
});

describe("loading documents", () => {
  test("JSON written by the parser loads back equal", () => {
    const json = JSON.stringify(toStandardsFile([cloud, service]));
    expect(loadDocument(json, "standards.json")).toEqual({
      format: "json",
      standards: [cloud, service],
      diagnostics: [],
    });
    expect(loadDocument(JSON.stringify(cloud)).standards).toEqual([cloud]);
  });

  test("malformed or foreign JSON gives an error diagnostic and no standard", () => {
    for (const bad of [
      "{",
      "[1,2]",
      JSON.stringify({ ...cloud, level: "4" }),
      JSON.stringify({ ...cloud, extra: 1 }),
    ]) {
      const loaded = loadDocument(bad, "x.json");
      expect(loaded.standards).toEqual([]);
      expect(loaded.diagnostics).toEqual([
        expect.objectContaining({ severity: "error", id: "invalid-json", line: 1 }),
      ]);
    }
  });

  test("a document whose text overflows the format (a code of a whole line) is refused, so it never reaches a workbook", () => {
    const text = seedText(SEED_000).replace("職業別代碼\t3521", `職業別代碼\t${"3521".repeat(20)}`);
    const loaded = loadDocument(text, "long-code.txt");
    expect(loaded.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: "error",
        id: "out-of-format",
        message: expect.objectContaining({
          en: expect.stringMatching(/^occupation\.code: more than the maximum of 40: beyond/),
        }),
      }),
    );
    expect(
      loadDocument(seedText(SEED_000), "seed.txt").diagnostics.filter((d) => d.id === "out-of-format"),
    ).toEqual([]);
  });

  test("text is parsed", () => {
    const loaded = loadDocument("雲端架構工程人員職能基準\n", "a.txt");
    expect(loaded.format).toBe("text");
    expect(loaded.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Catalog } from "../../src/catalog";
import { callFunction } from "../../src/functions/dispatch";
import type { FunctionContext, FunctionValue } from "../../src/functions/values";
import type { Locale, Result } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

function pairFile(name: string, file: string): string {
  return readFileSync(join(VERSION_PAIRS_DIR, name, file), "utf8");
}

/** The bundled seeds plus the new version of a pair, as a workbook would hold them. */
function contextWith(pair: string, locale: Locale = "en"): FunctionContext {
  const catalog = new Catalog();
  catalog.add(parseSeed(SEED_000).standard, "bundled");
  catalog.add(parseSeed(SEED_003).standard, "bundled");
  catalog.add(parseStandard(pairFile(pair, "new.txt")).standard, "imported");
  return { catalog, defaultStandard: null, locale };
}

function tsv(result: Result<FunctionValue>): string {
  if (!result.ok) throw new Error(result.error.message.en);
  const value = result.value as string[][];
  return value.map((row) => row.join("\t") + "\n").join("");
}

test.each(["tab-all", "pdf-all", "tab-moved", "pdf-renumbered"])(
  "CHANGES(old, new) gives the rows expected beside pair %s",
  (pair) => {
    const context = contextWith(pair);
    const [older, newer] = pair.startsWith("tab")
      ? ["INM2521-001v2", "INM2521-001v3"]
      : ["IIS3512-001v1", "IIS3512-001v2"];
    expect(tsv(callFunction("CHANGES", [older, newer], context))).toBe(pairFile(pair, "expected.tsv"));
  },
);

test("references resolve as in the other functions: any case, a name, or the code without version (the newest)", () => {
  const context = contextWith("pdf-all");
  const expected = pairFile("pdf-all", "expected.tsv");
  expect(tsv(callFunction("CHANGES", ["iis3512-001V1", "IIS3512-001"], context))).toBe(expected);
  // The name resolves to the newest version too.
  expect(tsv(callFunction("CHANGES", ["IIS3512-001v1", "雲端資訊服務人員"], context))).toBe(expected);
});

test("the change is named in the user's language", () => {
  const rows = callFunction("CHANGES", ["IIS3512-001v1", "IIS3512-001v2"], contextWith("pdf-all", "zh"));
  expect(rows.ok && (rows.value as string[][]).map((r) => r[3])).toEqual([
    "更名",
    "級別變更",
    "移動",
    "重新編號",
    "重新編號",
    "重新編號",
    "重新編號",
    "重新編號",
    "新增",
    "刪除",
  ]);
});

test("errors as the other functions: #N/A for an unknown standard or no change, #VALUE! for a missing argument", () => {
  const context = contextWith("pdf-all");
  const unknown = callFunction("CHANGES", ["IIS3512-001v1", "XYZ9999-001v1"], context);
  expect(unknown.ok || [unknown.error.kind, unknown.error.message.en]).toEqual([
    "notFound",
    expect.stringContaining('No standard "XYZ9999-001v1" is loaded.'),
  ]);
  const same = callFunction("CHANGES", ["IIS3512-001v2", "IIS3512-001v2"], context);
  expect(same.ok || same.error).toEqual({
    kind: "notFound",
    message: {
      zh: "IIS3512-001v2 與 IIS3512-001v2 之間沒有變更。",
      en: "Nothing changed between IIS3512-001v2 and IIS3512-001v2.",
    },
  });
  const missing = callFunction("CHANGES", ["IIS3512-001v1", null], context);
  expect(missing.ok || [missing.error.kind, missing.error.message.en]).toEqual([
    "invalidArgument",
    "Argument newer is missing.",
  ]);
});

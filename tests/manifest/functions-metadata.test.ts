/** @jest-environment jsdom */
/**
 * functions.json as the build generates it from src/functions/functions.ts: released function ids
 * never change, and Excel (which caches functions.json for up to a day) is told of any change
 * by a new manifest version.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/seeds";
import { one, parseXml } from "./manifest-xml";

/** Every id released so far, with its parameter count: ids and arity are frozen once published. */
const RELEASED: Record<string, number> = {
  KNOWLEDGE: 2,
  SKILLS: 2,
  OUTPUTS: 2,
  INDICATORS: 2,
  LEVEL: 2,
  ATTITUDES: 1,
  DUTIES: 1,
  TASKS: 2,
  NAME: 2,
  REQUIREDBY: 2,
  SEARCH: 2,
  STANDARDS: 0,
  INFO: 2,
  CHANGES: 2,
};

const LOCK = join(__dirname, "functions-metadata.lock.json");

interface Metadata {
  functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
}

let json: string;
let metadata: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([join(ROOT, "src/functions/functions.ts")], true);
  expect(generated.errors).toEqual([]);
  json = generated.metadataJson;
  metadata = JSON.parse(json) as Metadata;
});

test("every released function keeps its id and its parameters", () => {
  const arity = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.length]));
  for (const [id, count] of Object.entries(RELEASED)) expect([id, arity[id]]).toEqual([id, count]);
});

test("a function added later is optional to existing workbooks: only new ids, with new parameters optional", () => {
  for (const f of metadata.functions.filter((f) => f.id in RELEASED)) {
    const required = f.parameters.filter((p) => !p.optional).length;
    expect([f.id, required <= RELEASED[f.id]!]).toEqual([f.id, true]);
  }
});

interface Release {
  manifestVersion: string;
  functionsJsonSha256: string;
}

test("the manifest version changes whenever functions.json does", () => {
  const { released } = JSON.parse(readFileSync(LOCK, "utf8")) as { released: Release[] };
  const version = one(parseXml(readFileSync(join(ROOT, "manifest.xml"), "utf8")), "Version").textContent;
  const current: Release = {
    manifestVersion: version ?? "",
    functionsJsonSha256: createHash("sha256").update(json).digest("hex"),
  };
  // Each functions.json ever released has a manifest version of its own.
  const versions = released.map((r) => r.manifestVersion);
  expect(new Set(versions).size).toBe(versions.length);
  expect({
    current,
    todo: "functions.json or the manifest version changed: bump <Version> in manifest.xml and append this pair to tests/manifest/functions-metadata.lock.json",
  }).toEqual(expect.objectContaining({ current: released.at(-1) }));
});

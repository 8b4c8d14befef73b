/**
 * The built functions bundle (dist/functions.js, production mode) on its own, in a bare
 * JavaScript context that has only what a custom-functions runtime guarantees: CustomFunctions,
 * a minimal Office, timers. No task pane, no DOM. Whatever the workbook does, every function
 * answers within 2 s from the standards it has, and errors are CustomFunctions.Error.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Stats } from "webpack";
import { loadWebpackConfig } from "../../scripts/webpack-config";
import { CustomFunctionError, loadFunctionsBundle, type CustomFunction } from "../helpers/functions-bundle";

jest.setTimeout(120_000);

async function timed<T>(promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await promise;
  return { value, ms: performance.now() - start };
}

let bundle: string;
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "functions-bundle-"));
  const config = await loadWebpackConfig("production");
  const entry = config.entry as Record<string, string>;
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack({
      ...config,
      entry: { functions: entry.functions! },
      output: { ...config.output, path: out },
    }).run((error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result))),
  );
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  bundle = readFileSync(join(out, "functions.js"), "utf8");
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const cases: [string, unknown][] = [
  ["without Excel at all", undefined],
  ["when Excel.run never answers", { run: () => new Promise(() => undefined) }],
  ["when the workbook cannot be read", { run: () => Promise.reject(new Error("the workbook is locked")) }],
];

describe.each(cases)("dist/functions.js in a bare context, %s", (_name, excel) => {
  let functions: Map<string, CustomFunction>;
  beforeAll(() => (functions = loadFunctionsBundle(bundle, excel).functions));

  it("registers every function of functions.json", () => {
    const ids = (
      JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as { functions: { id: string }[] }
    ).functions.map((f) => f.id);
    expect([...functions.keys()].sort()).toEqual([...ids].sort());
  });

  it("answers from the bundled standards within 2 s", async () => {
    const { value, ms } = await timed(functions.get("LEVEL")!("T2.2", "INM2521-001v2"));
    expect(value).toBe(4);
    expect(ms).toBeLessThan(2000);
    const knowledge = (await functions.get("KNOWLEDGE")!("T1.1", "IIS3512-001")) as string[][];
    expect(knowledge[0]).toEqual(["K01", "資訊技術現況與發展趨勢"]);
  });

  it("gives errors as CustomFunctions.Error with a message in Office's language", async () => {
    const { value: error, ms } = await timed(
      functions.get("KNOWLEDGE")!("T9.9", "INM2521-001v2").then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect(ms).toBeLessThan(2000);
    expect(error).toBeInstanceOf(CustomFunctionError);
    expect(error).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^T9\.9 is not a task of INM2521-001v2/),
    });
    await expect(functions.get("INFO")!("colour", "INM2521-001v2")).rejects.toMatchObject({
      code: "#VALUE!",
    });
    await expect(functions.get("NAME")!("T1")).rejects.toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^Name the standard or set a default/),
    });
  });
});

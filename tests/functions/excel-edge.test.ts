import standards from "bundled-standards";
import { createWorkbookSession } from "../../src/excel/workbook-session";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

/** The CustomFunctions global Excel provides to the functions runtime. */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
});

// Imported after the global exists, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
const session = createWorkbookSession(standards);
let served: () => void;
const ready = new Promise<void>((resolve) => (served = resolve));
functions.serveFunctionsFrom(ready.then(() => session));

test("the bundled standards are the seeds, parsed at build time", () => {
  expect(session.catalog.standards().map((s) => s.code)).toEqual(["IIS3512-001v1", "INM2521-001v2"]);
  expect(standards).toEqual([parseSeed(SEED_000).standard, parseSeed(SEED_003).standard]);
});

test("functions wait for their context, then answer from the session", async () => {
  session.setDefaultStandard("INM2521-001v2");
  const answer = functions.level("T2.2");
  served();
  await expect(answer).resolves.toBe(4);
  await expect(functions.knowledge("T1.1")).resolves.toEqual(
    parseSeed(SEED_000)
      .standard.knowledge.slice(0, 9)
      .map((k) => [k.code, k.name]),
  );
  await expect(functions.level("T2.2")).resolves.toBe(4);
  await expect(functions.tasks(undefined, 4)).resolves.toHaveLength(4);
  await expect(functions.info("updated")).resolves.toBe("2024-12-15");
});

test("a changed default changes the answers", async () => {
  session.setDefaultStandard("IIS3512-001v1");
  await expect(functions.name("T1")).resolves.toBe("確認與評估產業系統環境");
});

test("errors become CustomFunctions.Error with #N/A or #VALUE! and a message in the display language", async () => {
  session.locale = "en";
  await expect(functions.knowledge("T9.9")).rejects.toEqual(
    expect.objectContaining({
      code: "#N/A",
      message: expect.stringMatching(/^T9\.9 is not a task of IIS3512-001v1/),
    }),
  );
  await expect(functions.info("colour")).rejects.toEqual(expect.objectContaining({ code: "#VALUE!" }));
  session.locale = "zh";
  await expect(functions.skills("")).rejects.toEqual(
    expect.objectContaining({ code: "#VALUE!", message: "缺少引數 task。" }),
  );
});

test("identical calls share one settled answer, per language, until what it depends on changes", async () => {
  session.setDefaultStandard("IIS3512-001v1");
  session.locale = "en";
  const first = functions.knowledge("T1.1");
  expect(functions.knowledge("T1.1")).toBe(first);
  const missing = functions.knowledge("T9.9");
  expect(functions.knowledge("T9.9")).toBe(missing);
  const english = await missing.catch((error: unknown) => error);
  expect(await functions.knowledge("T9.9").catch((error: unknown) => error)).toBe(english);

  session.locale = "zh";
  const chinese = await functions.knowledge("T9.9").catch((error: unknown) => error);
  expect(chinese).not.toBe(english);
  expect(chinese).toEqual(
    expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/^T9\.9/) }),
  );
  expect((chinese as Error).message).not.toBe((english as Error).message);

  session.setDefaultStandard("INM2521-001v2");
  expect(functions.knowledge("T1.1")).not.toBe(first);
});

test("no exception escapes, whatever the arguments", async () => {
  const odd = [
    undefined,
    null,
    42,
    true,
    "",
    " ",
    "=1+1",
    "\u0000",
    "T".repeat(10_000),
  ] as unknown as string[];
  for (const value of odd) {
    for (const fn of [
      functions.knowledge,
      functions.name,
      functions.search,
      functions.info,
      functions.requiredBy,
    ]) {
      await fn(value, value).then(
        () => undefined,
        (error: unknown) => expect(error).toBeInstanceOf(CustomFunctionError),
      );
    }
  }
});

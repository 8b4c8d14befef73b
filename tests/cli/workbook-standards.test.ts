/**
 * @jest-environment jsdom
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { STANDARDS_NAMESPACE, standardsFromXml } from "../../src/excel/embedded-standards";
import { readCustomXmlParts } from "../../src/xlsx";
import { CARRIED_JSON, competencyWorkbook } from "../portable/competency-workbook";
import { runInProcess } from "./run-in-process";

// jsdom lacks the encoders fflate and the CLI use; the add-in's part reader needs jsdom's DOMParser.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/**
 * Round trip: `export` writes the standards of its sheets into the add-in's custom XML parts;
 * the add-in's own reader takes them back, and `call --workbook` answers from them alone.
 */
test("export → the file carries its standards → call --workbook answers from them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "competency-carried-"));
  const file = join(dir, "exported.xlsx");
  const exported = await runInProcess([
    "export",
    "--load",
    CARRIED_JSON,
    "--standard",
    "MPM7233-002v3",
    "--standard",
    "IIS3512-001v1",
    "--out",
    file,
  ]);
  expect(exported.code).toBe(0);

  const parts = readCustomXmlParts(new Uint8Array(readFileSync(file)), STANDARDS_NAMESPACE);
  const carried = parts.map((xml) => standardsFromXml(xml));
  expect(carried.map((c) => c.warning)).toEqual([null, null]);
  expect(carried.flatMap((c) => c.standards.map((s) => s.code))).toEqual(["MPM7233-002v3", "IIS3512-001v1"]);

  const args = ["NAME", "T1.1", "MPM7233-002v3"];
  const fromLoad = await runInProcess(["--lang", "en", "call", "--load", CARRIED_JSON, ...args]);
  const fromWorkbook = await runInProcess(["--lang", "en", "call", "--workbook", file, ...args]);
  const without = await runInProcess(["--lang", "en", "call", ...args]);
  expect(fromLoad.code).toBe(0);
  expect(fromWorkbook).toEqual(fromLoad);
  expect(without.code).toBe(2);
});

test("call --workbook plays the workbook's default standard; --default overrides it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "competency-default-"));
  const file = join(dir, "analysis.xlsx");
  writeFileSync(file, await competencyWorkbook([1]));
  const byDefault = await runInProcess(["--lang", "en", "call", "--workbook", file, "INFO", "code"]);
  expect(byDefault).toEqual({ code: 0, stdout: "INM2521-001v2\n", stderr: "" });
  const overridden = await runInProcess([
    "call",
    "--workbook",
    file,
    "--default",
    "IIS3512-001v1",
    "INFO",
    "code",
  ]);
  expect(overridden.stdout).toBe("IIS3512-001v1\n");
});

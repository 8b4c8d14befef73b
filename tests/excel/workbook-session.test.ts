/** @jest-environment jsdom */
import { DEFAULT_STANDARD_SETTING } from "../../src/excel/default-standard";
import { MAX_PART_CHARS, standardToXml, STANDARDS_NAMESPACE } from "../../src/excel/embedded-standards";
import type { ExcelRun } from "../../src/excel/excel-run";
import { loadWorkbook } from "../../src/excel/load-workbook";
import { createWorkbookSession, type WorkbookSession } from "../../src/excel/workbook-session";
import {
  importIntoWorkbook,
  removeFromWorkbook,
  setDefaultStandard,
} from "../../src/excel/workbook-standards";
import type { Standard } from "../../src/model";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";
import { mockContext } from "./office-mock";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;

function newSession(bundled: Standard[]): WorkbookSession {
  return createWorkbookSession(bundled);
}

/** Reads the workbook into the session, as the functions and the pane do when they start. */
function loadWorkbookIntoSession(session: WorkbookSession, run: ExcelRun): Promise<void> {
  return loadWorkbook(session, run).done;
}

interface FakePart {
  id: string;
  xml: { value: string };
  deleted: boolean;
  getXml(): { value: string };
  delete(): void;
}

/** A workbook as office-addin-mock data: settings, custom XML parts and recalculation, recorded. */
function fakeWorkbook(options: { defaultStandard?: string; partXmls?: string[]; failAt?: number } = {}) {
  const parts: FakePart[] = (options.partXmls ?? []).map((xml, i) => ({
    id: `part-${i}`,
    xml: { value: xml },
    deleted: false as boolean,
    getXml() {
      return this.xml;
    },
    delete() {
      this.deleted = true;
    },
  }));
  const record = {
    added: [] as string[],
    settings: new Map<string, string>(),
    deletedSettings: [] as string[],
    calculations: [] as string[],
    /** What the session's catalog served (code → source) when each recalculation was asked. */
    servedAtCalculation: [] as Record<string, string>[],
  };
  let session: WorkbookSession | null = null;
  if (options.defaultStandard) record.settings.set(DEFAULT_STANDARD_SETTING, options.defaultStandard);
  const { context, syncs } = mockContext(
    {
      workbook: {
        settings: {
          item: {
            isNullObject: !options.defaultStandard,
            value: options.defaultStandard ?? "",
            delete: () => record.deletedSettings.push(DEFAULT_STANDARD_SETTING),
          },
          getItemOrNullObject() {
            return this.item;
          },
          add: (key: string, value: string) => record.settings.set(key, value),
        },
        customXmlParts: {
          scoped: { items: parts },
          getByNamespace(namespace: string) {
            expect(namespace).toBe(STANDARDS_NAMESPACE);
            return this.scoped;
          },
          add: (xml: string) => record.added.push(xml),
        },
        application: {
          calculate: (type: string) => {
            record.calculations.push(type);
            record.servedAtCalculation.push(
              Object.fromEntries(session?.catalog.entries().map((e) => [e.standard.code, e.source]) ?? []),
            );
          },
        },
      },
    },
    options.failAt,
  );
  const run: ExcelRun = (batch) => batch(context);
  return { run, syncs, parts, record, watch: (watched: WorkbookSession) => (session = watched) };
}

describe("opening a workbook", () => {
  test("reads the default standard from the settings and loads the standards it carries, in two syncs", async () => {
    const edited = { ...cloud, description: "the workbook's own copy" };
    const book = fakeWorkbook({ defaultStandard: "IIS3512-001v1", partXmls: [standardToXml(edited)] });
    const session = newSession([cloud, service]);
    await loadWorkbookIntoSession(session, book.run);
    expect(book.syncs()).toBe(2);
    expect(session.defaultStandard).toBe("IIS3512-001v1");
    const entry = session.catalog.entries().find((e) => e.standard.code === cloud.code)!;
    expect([entry.source, entry.standard.description]).toEqual(["workbook", "the workbook's own copy"]);
    expect(session.warnings).toEqual([]);
  });

  test("invalid, foreign or oversized parts are ignored with a warning; the rest still loads", async () => {
    const imported = { ...service, code: "NEW0001-001v1", name: "新職能" };
    const book = fakeWorkbook({
      partXmls: [
        `<standards xmlns="${STANDARDS_NAMESPACE}">{"format":"competency-standards","version":1,"standards":[{"code":1}]}</standards>`,
        "<other/>",
        `<standards xmlns="${STANDARDS_NAMESPACE}">${"x".repeat(MAX_PART_CHARS)}</standards>`,
        standardToXml(imported),
      ],
    });
    const session = newSession([cloud]);
    await loadWorkbookIntoSession(session, book.run);
    expect(session.catalog.standards().map((s) => s.code)).toEqual(["INM2521-001v2", "NEW0001-001v1"]);
    expect(session.warnings).toHaveLength(3);
    expect(session.warnings[0]!.en).toMatch(
      /^Ignored a standard stored in the workbook: The JSON does not match/,
    );
    expect(session.defaultStandard).toBeNull();
  });

  test("a failing workbook still releases the functions, with a warning", async () => {
    const session = newSession([cloud]);
    await loadWorkbookIntoSession(session, () => Promise.reject(new Error("offline")));
    expect(session.warnings.map((w) => w.en)).toEqual(["The workbook could not be read: offline"]);
  });
});

describe("the default standard", () => {
  test("is stored in the settings as the resolved code and every formula is recalculated, in one sync", async () => {
    const book = fakeWorkbook();
    const session = newSession([cloud, service]);
    const result = await setDefaultStandard(session, book.run, "雲端資訊服務人員");
    expect(result).toEqual({ ok: true, value: "IIS3512-001v1" });
    expect(book.record.settings.get(DEFAULT_STANDARD_SETTING)).toBe("IIS3512-001v1");
    expect(book.record.calculations).toEqual(["Full"]);
    expect(book.syncs()).toBe(1);
    expect(session.defaultStandard).toBe("IIS3512-001v1");
  });

  test("an unknown reference changes nothing", async () => {
    const book = fakeWorkbook();
    const session = newSession([cloud]);
    const result = await setDefaultStandard(session, book.run, "XYZ0000-000");
    expect(result.ok).toBe(false);
    expect([book.record.settings.size, book.record.calculations.length, book.syncs()]).toEqual([0, 0, 0]);
  });

  test("can be cleared", async () => {
    const book = fakeWorkbook({ defaultStandard: "INM2521-001v2" });
    const session = newSession([cloud]);
    session.setDefaultStandard("INM2521-001v2");
    await setDefaultStandard(session, book.run, null);
    expect(book.record.deletedSettings).toEqual([DEFAULT_STANDARD_SETTING]);
    expect(session.defaultStandard).toBeNull();
  });
});

describe("standards carried by the workbook", () => {
  test("an import replaces the stored copy with the same code and recalculates", async () => {
    const book = fakeWorkbook({ partXmls: [standardToXml(service), standardToXml(cloud)] });
    const session = newSession([]);
    const updated = { ...service, description: "updated" };
    await importIntoWorkbook(session, book.run, updated);
    expect(book.parts.map((p) => p.deleted)).toEqual([true, false]);
    expect(book.record.added).toEqual([standardToXml(updated)]);
    expect(book.record.calculations).toEqual(["Full"]);
    expect(session.catalog.resolve(service.code)).toEqual({
      ok: true,
      value: expect.objectContaining({ source: "workbook", standard: updated }),
    });
  });

  test("removing the workbook's copy brings the bundled one back", async () => {
    const book = fakeWorkbook({ partXmls: [standardToXml({ ...cloud, description: "mine" })] });
    const session = newSession([cloud]);
    await loadWorkbookIntoSession(session, book.run);
    await removeFromWorkbook(session, book.run, cloud.code);
    expect(book.parts[0]!.deleted).toBe(true);
    expect(session.catalog.resolve(cloud.code)).toEqual({
      ok: true,
      value: expect.objectContaining({ source: "bundled", standard: cloud }),
    });
  });

  test("XML special characters survive the round trip", async () => {
    const tricky = { ...service, code: "ESC0001-001v1", description: `<b>&"'</b> ]]> =1+1` };
    const book = fakeWorkbook({ partXmls: [standardToXml(tricky)] });
    const session = newSession([]);
    await loadWorkbookIntoSession(session, book.run);
    expect(session.catalog.standards()).toEqual([tricky]);
  });
});

describe("every change reaches the catalog before Excel recalculates, and is undone when Excel fails", () => {
  test("an import stores the part and recalculates against the new copy in three syncs", async () => {
    const book = fakeWorkbook({ partXmls: [standardToXml(service)] });
    const session = book.watch(newSession([cloud, service]));
    await importIntoWorkbook(session, book.run, { ...cloud, description: "mine" });
    expect(book.syncs()).toBe(3);
    expect(book.record.servedAtCalculation).toEqual([
      { [cloud.code]: "workbook", [service.code]: "bundled" },
    ]);
  });

  test("a removal recalculates against the copy underneath in three syncs", async () => {
    const book = fakeWorkbook({ partXmls: [standardToXml(cloud)] });
    const session = book.watch(newSession([cloud]));
    await loadWorkbookIntoSession(session, book.run);
    const before = book.syncs();
    await removeFromWorkbook(session, book.run, cloud.code);
    expect(book.syncs() - before).toBe(3);
    expect(book.record.servedAtCalculation).toEqual([{ [cloud.code]: "bundled" }]);
  });

  test("the default standard is the new one when Excel recalculates", async () => {
    const book = fakeWorkbook();
    const session = newSession([cloud, service]);
    const seen: (string | null)[] = [];
    book.watch(session);
    session.subscribe(() => seen.push(session.defaultStandard));
    await setDefaultStandard(session, book.run, service.code);
    expect(seen).toEqual([service.code]);
    expect(book.record.calculations).toEqual(["Full"]);
  });

  test.each([
    [
      "an import",
      3,
      (s: WorkbookSession, run: ExcelRun) => importIntoWorkbook(s, run, { ...cloud, name: "x" }),
    ],
    ["a removal", 3, (s: WorkbookSession, run: ExcelRun) => removeFromWorkbook(s, run, cloud.code)],
    ["a new default", 1, (s: WorkbookSession, run: ExcelRun) => setDefaultStandard(s, run, service.code)],
  ])("%s whose last sync fails leaves the session as it was", async (_name, lastSync, change) => {
    const carried = { ...cloud, description: "carried" };
    const book = fakeWorkbook({ partXmls: [standardToXml(carried)], failAt: 2 + lastSync });
    const session = newSession([cloud, service]);
    await loadWorkbookIntoSession(session, book.run);
    const before = session.snapshot();
    await expect(change(session, book.run)).rejects.toThrow(/failed/);
    expect(session.catalog.get(cloud.code)).toMatchObject({ source: "workbook", standard: carried });
    expect(session.snapshot()).toEqual(before);
  });
});

describe("the functions never wait long for the workbook", () => {
  test("a read that outlasts the deadline lets them answer, then recalculates once it ends", async () => {
    const book = fakeWorkbook({ partXmls: [standardToXml({ ...cloud, description: "late" })] });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowRun: ExcelRun = async (batch) => {
      await gate;
      return book.run(batch);
    };
    const session = newSession([cloud]);
    const load = loadWorkbook(session, slowRun, 20);
    await load.withinDeadline;
    expect(session.catalog.get(cloud.code)?.source).toBe("bundled");
    expect(session.warnings.map((w) => w.en)).toEqual([expect.stringMatching(/took too long/)]);
    release();
    await load.done;
    expect(session.catalog.get(cloud.code)?.source).toBe("workbook");
    expect(book.record.calculations).toEqual(["Full"]);
  });

  test("without Excel the session says so and serves the bundled standards at once", async () => {
    const session = newSession([cloud]);
    await loadWorkbook(session, null).withinDeadline;
    expect(session.catalog.standards()).toEqual([cloud]);
    expect(session.warnings.map((w) => w.zh)).toEqual([expect.stringContaining("無法讀取活頁簿")]);
    expect(loadWorkbook(session, null)).toBe(session.load);
  });
});

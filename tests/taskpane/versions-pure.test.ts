import { Catalog } from "../../src/catalog";
import type { Standard } from "../../src/model";
import {
  latestUpdate,
  overdue,
  previousVersion,
  referenceSwitch,
  versionGroups,
  versionStatus,
} from "../../src/taskpane/view-models/versions";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

const cloud = parseSeed(SEED_000).standard;
const service = parseSeed(SEED_003).standard;
const version = (standard: Standard, n: number): Standard => ({
  ...standard,
  code: standard.code.replace(/v\d+$/, `v${n}`),
});

function catalogOf(...standards: [Standard, "bundled" | "imported" | "workbook"][]) {
  const catalog = new Catalog();
  for (const [standard, source] of standards) catalog.add(standard, source);
  return catalog.entries();
}

test("three years to the day is not yet overdue; a day more is", () => {
  expect(overdue("2023-12-01", "2026-12-01")).toBe(false);
  expect(overdue("2023-11-30", "2026-12-01")).toBe(true);
  expect(overdue("2024-12-15", "2026-12-01")).toBe(false);
});

test("the latest update is the newest date of the version table, or none", () => {
  expect(latestUpdate(cloud)).toBe("2024-12-15");
  expect(latestUpdate(service)).toBeNull();
});

test("versions group by code, newest first; each knows whether it is newest or superseded", () => {
  const entries = catalogOf([service, "bundled"], [version(service, 3), "imported"], [cloud, "bundled"]);
  const groups = versionGroups(entries);
  expect(groups.map((g) => [g.base, g.entries.map((e) => e.standard.code)])).toEqual([
    ["IIS3512-001", ["IIS3512-001v3", "IIS3512-001v1"]],
    ["INM2521-001", ["INM2521-001v2"]],
  ]);
  const [services, clouds] = groups;
  const [v3, v1] = services!.entries;
  expect(versionStatus(v3!, services!, "2026-12-01")).toMatchObject({ newest: true, supersededBy: null });
  expect(versionStatus(v1!, services!, "2026-12-01")).toMatchObject({ newest: false, supersededBy: v3 });
  // Alone, a version is neither newest nor superseded: there is nothing to tell it from.
  expect(versionStatus(clouds!.entries[0]!, clouds!, "2028-01-01")).toEqual({
    newest: false,
    supersededBy: null,
    overdueSince: "2024-12-15",
    olderWorkbookCopy: false,
  });
});

test("references switch only when the imported version is newer than every loaded one", () => {
  const entries = catalogOf([service, "bundled"], [cloud, "bundled"]);
  const v2 = version(service, 2);
  expect(referenceSwitch(v2, entries)).toMatchObject({
    base: "IIS3512-001",
    from: { standard: service },
    to: v2,
  });
  expect(previousVersion(v2, entries)?.standard).toBe(service);
  const withV3 = catalogOf([service, "bundled"], [version(service, 3), "imported"]);
  expect(referenceSwitch(v2, withV3)).toBeNull();
  expect(referenceSwitch(service, entries)).toBeNull();
  expect(previousVersion(service, entries)).toBeNull();
});

/**
 * Versions in the built task pane (Chromium, preview mode): a second version of a bundled
 * standard imported next to it, shown as a group with its marks, compared, and the changes sheet
 * downloaded and read back; axe-core finds nothing serious in either view.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { VERSION_PAIRS_DIR } from "../../scripts/fixtures/version-pairs";
import { scanForSeriousViolations } from "./support/axe";
import { openBuiltPane, type BuiltPane } from "./support/built-pane";

jest.setTimeout(180_000);

const SCREENSHOTS = join(__dirname, "..", "..", "test-results");
const NEW_VERSION = readFileSync(join(VERSION_PAIRS_DIR, "pdf-all", "new.txt"), "utf8");
const EXPECTED = readFileSync(join(VERSION_PAIRS_DIR, "pdf-all", "expected.tsv"), "utf8");

let pane: BuiltPane;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  pane = await openBuiltPane({ locale: "en-US", viewport: { width: 420, height: 900 } });
  ({ page, pageErrors } = pane);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(() => pane?.close());

afterEach(() => expect(pageErrors).toEqual([]));

test("importing v2 next to the bundled v1 says what changed and which references switch", async () => {
  await page.getByRole("tab", { name: "Import" }).click();
  await page.getByRole("textbox", { name: "Document text" }).fill(NEW_VERSION);
  await page.getByRole("button", { name: "Check", exact: true }).click();
  // The pane's live region repeats messages for screen readers: the first is the review's own.
  const notice = page.getByText(/^Other versions of this standard are loaded: IIS3512-001v1\./).first();
  await notice.waitFor();
  await expect(notice.textContent()).resolves.toContain("10 changes: 1 added, 1 removed, 1 renamed");
  await page
    .getByText(
      "After the import, formulas naming “IIS3512-001” without a version will use IIS3512-001v2 instead of IIS3512-001v1.",
    )
    .first()
    .waitFor();
  await page
    .getByRole("button", { name: /^Import/ })
    .last()
    .click();
  await page.getByRole("heading", { name: "雲端資訊服務人員", level: 2 }).waitFor();
  await page.getByRole("button", { name: "Back to the list" }).first().click();

  const group = page.getByRole("region", { name: "Versions of 雲端資訊服務人員" });
  await group.getByText("Formulas naming “IIS3512-001” without a version use IIS3512-001v2.").waitFor();
  await expect(group.getByText("Newest").count()).resolves.toBe(1);
  await expect(group.getByText("Superseded", { exact: true }).count()).resolves.toBe(1);
  expect(await scanForSeriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "versions-list-420.png"), fullPage: true });
});

test("Compare versions lists the changes and downloads them as the changes sheet", async () => {
  await page.getByRole("button", { name: "Compare versions" }).click();
  await page.getByRole("heading", { name: "Compare versions: 雲端資訊服務人員", level: 2 }).waitFor();
  const rows = page.getByRole("table", { name: "Changes" }).locator("tbody tr");
  await expect(rows.count()).resolves.toBe(10);
  expect(await scanForSeriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "versions-compare-420.png"), fullPage: true });

  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the changes sheet (.xlsx)" }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe("Changes IIS3512-001v2");
  const ref = (sheet.getTable("CompetencyChanges") as unknown as { table: { tableRef: string } }).table
    .tableRef;
  const top = Number(/^A(\d+):F(\d+)$/.exec(ref)![1]);
  const read = Array.from({ length: 10 }, (_r, i) =>
    Array.from({ length: 6 }, (_c, j) => String(sheet.getCell(top + 1 + i, j + 1).value ?? "")).join("\t"),
  );
  expect(read.map((line) => `${line}\n`).join("")).toBe(EXPECTED);
});

/**
 * The built task pane in Chromium (preview mode): a staffing matrix with the assessment for typed
 * names is downloaded, and the pane draws its two pictures. Screenshots at 320 and 800 px, axe,
 * and no Content-Security-Policy violation or page error on the way.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { scanForSeriousViolations } from "./support/axe";
import { openBuiltPane, type BuiltPane } from "./support/built-pane";

jest.setTimeout(180_000);

const SCREENSHOTS = join(__dirname, "..", "..", "test-results");
const NAMES = ["王小明", "陳美玲", "林志豪"];

let pane: BuiltPane;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  pane = await openBuiltPane({
    locale: "zh-TW",
    viewport: { width: 800, height: 900 },
    recordProblems: true,
  });
  ({ page, pageErrors } = pane);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(() => pane?.close());

afterEach(() => expect(pageErrors).toEqual([]));

test("an assessed matrix for typed names downloads as four sheets and is drawn in the pane", async () => {
  await page.getByRole("tab", { name: "人員職能矩陣" }).click();
  await page.getByRole("checkbox", { name: /雲端架構工程人員/ }).check();
  await page.getByRole("radio", { name: "輸入或貼上姓名" }).check();
  await page.getByRole("textbox", { name: "姓名" }).fill(NAMES.join("\n"));
  await page.getByRole("checkbox", { name: "加入職能評核（行為指標）、推得的級別與培訓需求" }).check();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下載矩陣工作表（.xlsx）" }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    "人員職能矩陣",
    "職能評核",
    "職能等級",
    "培訓需求",
  ]);
  expect(workbook.worksheets[0]!.getCell("A12").value).toBe(NAMES[0]);

  const radar = page.getByRole("img", { name: /王小明 的級別與角色要求/ });
  await radar.waitFor();
  await expect(page.getByRole("img", { name: /各項達標人數/ }).count()).resolves.toBe(1);
  await page.getByText("以表格檢視").first().click();
  await expect(
    page.getByRole("table", { name: "王小明 的級別與角色要求" }).getByRole("row").count(),
  ).resolves.toBe(5);

  for (const width of [320, 800]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.getByRole("heading", { name: "矩陣圖表" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `taskpane-matrix-charts-${width}.png`), fullPage: true });
  }
  expect(await scanForSeriousViolations(page)).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __pageProblems: string[] }).__pageProblems),
  ).toEqual([]);
});

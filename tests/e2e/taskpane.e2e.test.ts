/**
 * The built task pane (production webpack build) in Debian's Chromium, as `npm start` shows it on
 * a machine without Excel: preview mode. Search, filter, open, import, download and read back
 * the .xlsx, build a staffing matrix, keyboard use, screenshots at 320 and 800 px, and axe-core scans,
 * all under the page's Content-Security-Policy without one violation.
 */
import standards from "bundled-standards";
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page, Route } from "playwright-core";
import { loadDocument } from "../../src/catalog";
import { dataRows, type SheetPlan } from "../../src/layout";
import { buildStaffingMatrix, MATRIX_TABLE_NAME } from "../../src/layout/staffing-matrix";
import { parseRangeAddress } from "../helpers/a1";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { scanForSeriousViolations, scanForViolations, type AxeException } from "./support/axe";
import { keyboardFocusStops } from "./support/focus";
import { launchChromium, openTaskpane } from "./support/browser";
import { buildTaskpane, initialFiles, type Build } from "./support/build";
import { EVAL_PROBE, recordPageProblems } from "./support/page-problems";
import { serveDirectory, type StaticServer } from "./support/static-server";

jest.setTimeout(120_000);

const SCREENSHOTS = join(__dirname, "..", "..", "test-results");
const DOCUMENT = readFileSync(join(__dirname, "..", "taskpane", "fixtures", "security-officer.txt"), "utf8");
const IMPORTED = loadDocument(DOCUMENT).standards[0]!;

/**
 * The axe findings left in, each a false positive for the reason given. Fluent's arrow-key
 * navigation (tabster) brackets a TabList and other focus groups with focusable, aria-hidden <i>
 * elements that hand focus on the moment they get it: no one, keyboard or screen reader, ever
 * rests on them, which is what aria-hidden-focus guards against (microsoft/fluentui#27517;
 * Accessibility Insights suppresses them too, microsoft/accessibility-insights-web#7605).
 */
const AXE_EXCEPTIONS: AxeException[] = [
  {
    rule: "aria-hidden-focus",
    html: /^<i [^>]*data-tabster-dummy/,
    why: "tabster's focus sentinels pass focus on at once",
  },
];

let build: Build;
let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const requested: string[] = [];

beforeAll(async () => {
  [build, browser] = await Promise.all([buildTaskpane(), launchChromium()]);
  server = await serveDirectory(build.dir);
  const context = await browser.newContext({ locale: "zh-TW", viewport: { width: 800, height: 900 } });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => requested.push(new URL(request.url()).pathname.slice(1)));
  await page.addInitScript(recordPageProblems);
  await openTaskpane(page, server.url);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  build?.remove();
});

afterEach(() => expect(pageErrors).toEqual([]));

const searchBox = () => page.getByRole("searchbox", { name: "搜尋所有職能基準" });
const levelFilter = () => page.getByRole("combobox", { name: "職能級別" });
const status = () => page.locator(".fui-MessageBarBody").last();

/** The JavaScript chunks webpack split off to load on demand: all, or those holding a module named like `holding`. */
function lazyFiles(holding?: RegExp): string[] {
  return build.stats
    .toJson({
      chunks: true,
      chunkModules: true,
      nestedModules: true,
      cachedModules: true,
      modules: false,
      assets: false,
    })
    .chunks!.filter((chunk) => !chunk.initial)
    .filter(
      (chunk) =>
        !holding ||
        (chunk.modules ?? [])
          .flatMap((m) => [m, ...(m.modules ?? [])])
          .some((m) => holding.test(m.name ?? "")),
    )
    .flatMap((chunk) => chunk.files ?? [])
    .filter((file) => file.endsWith(".js"));
}

/** Clicks the button, or presses Enter on the focused one, and reads the .xlsx it downloads. */
async function download(button: string | "Enter"): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    button === "Enter" ? page.keyboard.press("Enter") : page.getByRole("button", { name: button }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  return workbook;
}

/** The text of the header row of a plan's table: what the downloaded table's columns must be. */
function tableHeader(plan: SheetPlan): string[] {
  const { range } = plan.tables[0]!;
  return plan.cells
    .filter((cell) => cell.row === range.top && cell.col >= range.left && cell.col <= range.right)
    .sort((a, b) => a.col - b.col)
    .map((cell) => (cell.value?.kind === "text" ? cell.value.text : ""));
}

describe("the built task pane in Chromium, outside Excel", () => {
  it("opens in preview mode and says it is not connected to Excel", async () => {
    await expect(page.getByRole("heading", { name: "職能基準", level: 1 }).textContent()).resolves.toBe(
      "職能基準",
    );
    const notice = page.locator(".fui-MessageBarTitle", { hasText: "預覽模式：未連線到 Excel" });
    await expect(notice.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-Hant-TW");
    const listed = page.getByRole("region", { name: "已載入的職能基準" }).getByRole("listitem");
    await expect(listed.count()).resolves.toBe(2);
  });

  /** The stops of the keyboard's tab order in the view shown that draw no visible focus. */
  async function invisibleFocus(): Promise<string[]> {
    const stops = await keyboardFocusStops(page);
    expect(stops.length).toBeGreaterThan(5);
    return stops
      .filter((stop) => !stop.visible)
      .map((stop) => `${stop.element} (${stop.changed} px changed)`);
  }

  it("shows the keyboard focus on every interactive element of the list", async () => {
    expect(await invisibleFocus()).toEqual([]);
  });

  it("shows the keyboard focus on every interactive element of a standard's detail", async () => {
    await page.getByRole("button", { name: /雲端資訊服務人員/ }).click();
    await page.getByRole("heading", { name: "雲端資訊服務人員", level: 2 }).waitFor();
    expect(await invisibleFocus()).toEqual([]);
    await page.getByRole("button", { name: "返回清單" }).click();
  });

  it("shows the keyboard focus on every interactive element of the matrix form", async () => {
    await page.getByRole("tab", { name: "人員職能矩陣" }).click();
    expect(await invisibleFocus()).toEqual([]);
    await page.getByRole("tab", { name: "職能基準" }).click();
  });

  it("has one main landmark and passes axe, but for the documented false positives", async () => {
    await expect(page.getByRole("main").count()).resolves.toBe(1);
    expect(await scanForViolations(page, AXE_EXCEPTIONS)).toEqual([]);
    await page.getByRole("button", { name: /雲端資訊服務人員/ }).click();
    await page.getByRole("heading", { name: "雲端資訊服務人員", level: 2 }).waitFor();
    expect(await scanForViolations(page, AXE_EXCEPTIONS)).toEqual([]);
    await page.getByRole("button", { name: "返回清單" }).click();
    await page.getByRole("tab", { name: "人員職能矩陣" }).click();
    expect(await scanForViolations(page, AXE_EXCEPTIONS)).toEqual([]);
    await page.getByRole("tab", { name: "職能基準" }).click();
  });

  it("searches 資訊安全, filters level 3 and opens a standard", async () => {
    await searchBox().fill("資訊安全");
    await page.getByText("「資訊安全」共 5 筆符合，分屬 1 項職能基準。").waitFor();
    const hits = page.getByRole("region", { name: "雲端架構工程人員" }).getByRole("listitem");
    await expect(hits.count()).resolves.toBe(5);
    await expect(hits.nth(3).textContent()).resolves.toContain("工作任務 T1.1、T2.1、T2.2、T2.3 需要");

    await levelFilter().selectOption({ label: "級別 3" });
    await page.getByText("找不到符合「資訊安全」的內容。試著放寬級別或搜尋範圍。").waitFor();

    await searchBox().fill("");
    const list = page.getByRole("region", { name: "已載入的職能基準" });
    await expect(list.getByRole("listitem").allTextContents()).resolves.toEqual([
      "雲端資訊服務人員IIS3512-001v1 · 基準級別 3 · V1 · 未標示日期內建",
    ]);
    await list.getByRole("button", { name: /雲端資訊服務人員/ }).click();
    await page.getByRole("heading", { name: "雲端資訊服務人員", level: 2 }).waitFor();
    await expect(page.getByRole("heading", { level: 5 }).allTextContents()).resolves.toEqual([
      "T1.1 辨識現有系統環境架構",
      "T1.2 協助修正相關手冊",
      "T2.1 輔導使用者操作雲端產品",
      "T2.2 異常問題排除",
    ]);
    await page.getByRole("button", { name: "返回清單" }).click();
    await levelFilter().selectOption({ label: "所有級別" });
  });

  it("imports a pasted document after showing what was read, and finds it afterwards", async () => {
    await page.getByRole("tab", { name: "匯入" }).click();
    await page.getByRole("textbox", { name: "文件內容" }).fill(DOCUMENT);
    await page.getByRole("button", { name: "檢查內容" }).click();
    const preview = page.getByRole("region", { name: "讀到的內容" });
    await expect(preview.getByRole("heading", { level: 4 }).first().textContent()).resolves.toBe(
      "資訊安全管理人員",
    );
    await expect(preview.getByText("沒有發現問題。").isVisible()).resolves.toBe(true);
    expect(await scanForSeriousViolations(page)).toEqual([]);

    await preview.getByRole("button", { name: "匯入（僅限本次預覽）" }).click();
    await page.getByRole("heading", { name: "資訊安全管理人員", level: 2 }).waitFor();
    await expect(status().textContent()).resolves.toContain("已匯入 ICT2529-009v1 資訊安全管理人員");

    await page.getByRole("button", { name: "返回清單" }).click();
    await searchBox().fill("資訊安全");
    await levelFilter().selectOption({ label: "級別 3" });
    await page.getByRole("region", { name: "資訊安全管理人員" }).waitFor();
    await expect(page.getByRole("region", { name: "雲端架構工程人員" }).count()).resolves.toBe(0);
    await page.getByRole("region", { name: "資訊安全管理人員" }).getByRole("button").first().click();
    await page.getByRole("heading", { name: "資訊安全管理人員", level: 2 }).waitFor();
  });

  it("imports a 5-page PDF, read in PDF.js's worker, and shows its result in under a second", async () => {
    await page.getByRole("tab", { name: "匯入" }).click();
    const start = Date.now();
    await page
      .locator('input[type="file"]')
      .setInputFiles(join(PRODUCED_DIR, "seed-000-twice", "writer.pdf"));
    const result = page.getByRole("article", { name: "writer.pdf" });
    await result.getByText("沒有發現問題。").waitFor();
    const elapsed = Date.now() - start;
    await expect(result.getByText("PDF 文件").isVisible()).resolves.toBe(true);
    await expect(result.getByRole("heading", { level: 4 }).first().textContent()).resolves.toBe(
      "雲端架構工程人員",
    );
    expect(elapsed).toBeLessThan(1000);
    expect(requested.some((file) => file.endsWith(".mjs"))).toBe(true);
    await page.getByRole("region", { name: "讀到的內容" }).getByRole("button", { name: "取消" }).click();
    await page.getByRole("tab", { name: "職能基準" }).click();
  });

  it("loads at most 200 KB of JavaScript (gzip) up front; ExcelJS, the parser and the readers only when first needed", async () => {
    const initial = initialFiles(build.stats, "taskpane");
    const gzipped = initial.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(build.dir, file)), { level: 9 }).length,
      0,
    );
    expect(gzipped / 1024).toBeLessThanOrEqual(200);
    const lazy = lazyFiles();
    expect(lazy.some((file) => readFileSync(join(build.dir, file), "utf8").includes("ExcelJS"))).toBe(true);
    expect(requested).toEqual(expect.arrayContaining(initial));
    // The views the pane does not open on load once it has painted, without ExcelJS.
    const groups = build.stats.toJson({ all: false, chunkGroups: true }).namedChunkGroups ?? {};
    const views = Object.entries(groups)
      .filter(([name]) => name.startsWith("view-"))
      .flatMap(([, group]) => (group.assets ?? []).map((asset) => asset.name))
      .filter((file) => file.endsWith(".js"));
    expect(views).toEqual(expect.arrayContaining(["view-detail.js", "view-import.js", "view-matrix.js"]));
    expect(requested).toEqual(expect.arrayContaining(views));
    expect(views.some((file) => readFileSync(join(build.dir, file), "utf8").includes("ExcelJS"))).toBe(false);
    // Else only imports ran: the parser's and readers' chunks are the only other lazy ones fetched.
    const importing = lazyFiles(/src\/parse\/|src\/read\/|pdfjs-dist/);
    expect(
      requested.filter((file) => lazy.includes(file) && !importing.includes(file) && !views.includes(file)),
    ).toEqual([]);
  });

  it("downloads the data sheet and the standard sheet as .xlsx files with the standard in them", async () => {
    const from = requested.length;
    const data = await download("下載資料工作表（.xlsx）");
    const dataSheet = data.getWorksheet("職能資料")!;
    const rows = dataSheet
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual(dataRows([IMPORTED], "zh").map((row) => row.map((cell) => cell ?? undefined)));
    expect(rows[0]).toEqual(expect.arrayContaining(["ICT2529-009v1", "T1.1", "O1.1.1", "資訊資產清冊"]));
    // The file is named after its standards and the day, so two downloads do not collide.
    const day = new Date().toLocaleDateString("sv");
    await expect(status().textContent()).resolves.toBe(`已下載 職能資料 ICT2529-009v1 ${day}.xlsx。`);
    // A download loads ExcelJS and the layouts, nothing else: not the document readers (they load
    // on import, tests/e2e/read-documents.e2e.test.ts), the Office.js applier or the dark theme.
    expect(requested).toEqual(expect.arrayContaining(lazyFiles(/exceljs|src\/layout\/standard-sheet/)));
    const elsewhere = lazyFiles(/src\/read\/|pdfjs-dist|fflate|@xmldom|apply-sheet-plan|dark-theme/);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(requested.slice(from).filter((file) => elsewhere.includes(file))).toEqual([]);

    const sheet = (await download("下載職能基準工作表（.xlsx）")).getWorksheet(
      "ICT2529-009v1 資訊安全管理人員",
    )!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    for (const expected of [
      "ICT2529-009v1",
      "盤點資訊資產",
      "依資訊安全政策盤點資訊資產。",
      "風險評鑑方法",
      "謹慎細心",
    ]) {
      expect(texts.some((text) => text.includes(expected))).toBe(true);
    }
  });

  it("is usable by keyboard alone, with the focus visible", async () => {
    await page.getByRole("button", { name: "返回清單" }).click();
    await searchBox().fill("");
    await levelFilter().selectOption({ label: "所有級別" });
    await searchBox().focus();
    let onStandard = false;
    for (let i = 0; i < 15 && !onStandard; i++) {
      await page.keyboard.press("Tab");
      onStandard = await page.evaluate(
        () => document.activeElement?.getAttribute("data-open") === "IIS3512-001v1",
      );
    }
    expect(onStandard).toBe(true);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!, "::after");
      return { width: style.borderTopWidth, style: style.borderTopStyle };
    });
    expect(ring).toEqual({ width: "2px", style: "solid" });
    // The ring is drawn around the card itself: the card is its containing block (WCAG 2.4.7).
    const card = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return { position: getComputedStyle(document.activeElement!).position, box: box.toJSON() as DOMRect };
    });
    expect(card.position).toBe("relative");
    await page.screenshot({
      path: join(SCREENSHOTS, "taskpane-focused-card.png"),
      clip: { x: 0, y: Math.max(0, card.box.y - 40), width: 800, height: card.box.height + 80 },
    });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "雲端資訊服務人員", level: 2 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("standard-detail-title");

    // Tab to the first copy button and copy with the keyboard.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (
        (await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ===
        "複製代碼 IIS3512-001v1"
      )
        break;
    }
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("IIS3512-001v1");
  });

  it("fits 320 px without sideways scrolling, and passes axe with no serious or critical violations", async () => {
    for (const width of [320, 800]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SCREENSHOTS, `taskpane-detail-${width}.png`) });
    }
    expect(await scanForSeriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "返回清單" }).click();
    await searchBox().fill("資訊安全");
    await page.getByRole("region", { name: "搜尋結果" }).waitFor();
    expect(await scanForSeriousViolations(page)).toEqual([]);
    for (const width of [320, 800]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${width}.png`), fullPage: true });
    }
  });

  it("builds a staffing matrix of both bundled standards for 5 people and downloads it", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole("tab", { name: "人員職能矩陣" }).click();
    await page.getByRole("heading", { name: "建立人員職能矩陣", level: 2 }).waitFor();
    for (const name of [/雲端架構工程人員/, /雲端資訊服務人員/])
      await page.getByRole("checkbox", { name }).check();
    await page.getByRole("spinbutton", { name: "人數" }).fill("5");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(SCREENSHOTS, "taskpane-matrix-320.png"), fullPage: true });
    expect(await scanForSeriousViolations(page)).toEqual([]);

    // The button is reached and pressed with the keyboard.
    await page.getByRole("tab", { name: "人員職能矩陣" }).focus();
    let onDownload = false;
    for (let i = 0; i < 15 && !onDownload; i++) {
      await page.keyboard.press("Tab");
      onDownload = await page.evaluate(
        () => document.activeElement?.textContent === "下載矩陣工作表（.xlsx）",
      );
    }
    expect(onDownload).toBe(true);
    const sheet = (await download("Enter")).getWorksheet("人員職能矩陣")!;
    const day = new Date().toLocaleDateString("sv");
    await expect(status().textContent()).resolves.toBe(
      `已下載 人員職能矩陣 IIS3512-001v1 INM2521-001v2 ${day}.xlsx。`,
    );
    // ExcelJS's typings leave out the model of a table it has read.
    const table = sheet.getTable(MATRIX_TABLE_NAME) as unknown as {
      model: { tableRef: string; columns: { name: string }[] };
    };
    const range = parseRangeAddress(table.model.tableRef)!;
    expect(range.bottom - range.top).toBe(5);
    // The pane lists (and so offers as roles) the standards by code: IIS3512 before INM2521.
    const chosen = ["IIS3512-001v1", "INM2521-001v2"].map((code) => standards.find((s) => s.code === code)!);
    const expected = buildStaffingMatrix({ standards: chosen, people: 5, locale: "zh" });
    if (!expected.ok) throw new Error(expected.error.message.en);
    const header = table.model.columns.map((column) => column.name);
    expect(header).toEqual(tableHeader(expected.value));
    expect(header).toEqual(expect.arrayContaining(["IIS3512-001v1 T1.1", "INM2521-001v2 T1.1"]));
    for (let row = range.top + 2; row <= range.bottom + 1; row++) {
      expect(sheet.getRow(row).getCell(2).value).toBe("雲端資訊服務人員");
    }

    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole("tab", { name: "職能基準" }).click();
  });

  it("switches to English, and keeps English after a reload", async () => {
    await page.getByRole("combobox", { name: "語言 Language" }).selectOption({ label: "English" });
    await page.locator(".fui-MessageBarTitle", { hasText: "Preview mode: not connected to Excel" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect(page.getByRole("searchbox", { name: "Search every standard" }).inputValue()).resolves.toBe(
      "資訊安全",
    );
    expect(await scanForSeriousViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole("heading", { name: "Competency standards", level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect(page.getByRole("combobox", { name: "Language 語言" }).inputValue()).resolves.toBe("en");
  });

  it("ran all of it with no Content-Security-Policy violation and no error; the policy refuses eval", async () => {
    const problems = () =>
      page.evaluate(() => (window as unknown as { __pageProblems: string[] }).__pageProblems);
    expect(await problems()).toEqual([]);
    expect(await page.evaluate(EVAL_PROBE)).toBe("EvalError");
    await page.waitForFunction(
      () => (window as unknown as { __pageProblems: string[] }).__pageProblems.length > 0,
    );
    expect(await problems()).toEqual([expect.stringMatching(/^CSP script-src refused eval/)]);
  });

  it("says so when a view's code cannot load, and opens the view on retry", async () => {
    const offline = await browser.newPage({ locale: "zh-TW" });
    const errors: string[] = [];
    offline.on("pageerror", (error) => errors.push(error.message));
    // The detail view's chunks, as if the network went away after the pane had loaded.
    const detail = new Set(
      (build.stats.toJson({ all: false, chunkGroups: true }).namedChunkGroups?.["view-detail"]?.assets ?? [])
        .map((asset) => asset.name)
        .filter((file) => file.endsWith(".js")),
    );
    expect(detail.has("view-detail.js")).toBe(true);
    const isDetail = (url: URL): boolean => detail.has(url.pathname.slice(1));
    const abort = (route: Route): Promise<void> => route.abort();
    await offline.route(isDetail, abort);
    await openTaskpane(offline, server.url);
    await offline.getByRole("button", { name: /雲端架構工程人員/ }).click();
    const message = offline.getByText("無法載入這個畫面，請檢查網路連線後重試。", { exact: true });
    await message.waitFor();
    expect(await offline.getByRole("heading", { name: "職能基準", level: 1 }).isVisible()).toBe(true);

    await offline.unroute(isDetail, abort);
    await offline.getByRole("button", { name: "重試" }).click();
    await offline.getByRole("heading", { name: "雲端架構工程人員", level: 2 }).waitFor();
    expect(await message.count()).toBe(0);
    expect(errors).toEqual([]);
    await offline.close();
  });

  it("uses the CDN's office.js when it loads, and not the local copy", async () => {
    const online = await browser.newPage({ locale: "zh-TW" });
    const loaded: string[] = [];
    online.on("request", (request) => loaded.push(request.url()));
    await online.addInitScript(recordPageProblems);
    // The CDN, played by the build's copies of office.js and the mapping table it loads next.
    await online.route("https://appsforoffice.microsoft.com/**", (route) => {
      const file = /^\/lib\/1\/hosted\/(office\.js|o15apptofilemappingtable\.js)$/.exec(
        new URL(route.request().url()).pathname,
      )?.[1];
      return file
        ? route.fulfill({ contentType: "text/javascript", body: readFileSync(join(build.dir, file), "utf8") })
        : route.abort();
    });
    await online.goto(`${server.url}/taskpane.html`);
    await online.getByRole("heading", { name: "職能基準", level: 1 }).waitFor();
    expect(loaded).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(loaded).not.toContain(`${server.url}/office.js`);
    expect(await online.evaluate(() => document.getElementById("office-js-cdn") !== null)).toBe(true);
    expect(
      await online.evaluate(() => (window as unknown as { __pageProblems: string[] }).__pageProblems),
    ).toEqual([]);
    await online.close();
  });
});

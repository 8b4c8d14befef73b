/**
 * The built task pane (production webpack build) in WebKit, the engine of Excel on Mac: WebKitGTK's
 * MiniBrowser through WebKitWebDriver, offline, in 繁體中文, in preview mode. The main flow (search,
 * filter by level, a standard's detail, a download, English kept over a reload) under the page's
 * Content-Security-Policy, with no violation and no error; a main landmark and a focus ring drawn
 * around the focused card. Asserts on the DOM: WebKit's screenshots can lag behind it.
 */
import { By, Key, until, type WebDriver, type WebElement } from "selenium-webdriver";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pagePolicy, serializePolicy } from "../../scripts/content-security-policy";
import { buildTaskpane, type Build } from "./support/build";
import { EVAL_PROBE, PAGE_PROBLEMS_SCRIPT } from "./support/page-problems";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { launchWebKit, type WebKit } from "./support/webkit";

jest.setTimeout(120_000);

const WAIT = 10_000;

let build: Build;
let server: StaticServer;
let webkit: WebKit;
let driver: WebDriver;

beforeAll(async () => {
  build = await buildTaskpane();
  server = await serveDirectory(build.dir, { firstScript: PAGE_PROBLEMS_SCRIPT });
  // The page's own server refuses to be a proxy: Microsoft's CDN is unreachable, as offline.
  webkit = await launchWebKit({ language: "zh-TW", proxy: new URL(server.url).host });
  driver = webkit.driver;
  await driver.get(`${server.url}/taskpane.html`);
});

afterAll(async () => {
  await webkit?.close();
  await server?.close();
  build?.remove();
});

/** A string as an XPath literal (the texts here have no double quotes). */
const literal = (text: string): string => `"${text}"`;

/** The form control whose <label> reads `label`. */
const labelled = (label: string): By =>
  By.xpath(`//*[@id=//label[normalize-space()=${literal(label)}]/@for]`);

/** XPath of the section named `name`, by aria-label or by the element it is labelled by. */
const region = (name: string): string =>
  `//section[@aria-label=${literal(name)} or @aria-labelledby=//*[normalize-space()=${literal(name)}]/@id]`;

/** Waits for an element of `tag` whose whole text is `text`. */
const shown = (text: string, tag = "*"): Promise<WebElement> =>
  driver.wait(until.elementLocated(By.xpath(`//${tag}[normalize-space()=${literal(text)}]`)), WAIT);

async function choose(label: string, option: string): Promise<void> {
  await driver
    .findElement(labelled(label))
    .findElement(By.xpath(`./option[normalize-space()=${literal(option)}]`))
    .click();
}

async function pageProblems(): Promise<string[] | null> {
  return driver.executeScript<string[] | null>("return window.__pageProblems ?? null");
}

const allTexts = async (locator: By): Promise<string[]> =>
  Promise.all((await driver.findElements(locator)).map((element) => element.getText()));

describe("the built task pane in WebKit, outside Excel", () => {
  it("renders in 繁體中文, in preview mode, with the page's Content-Security-Policy", async () => {
    await shown("職能基準", "h1");
    await shown("預覽模式：未連線到 Excel");
    expect(await driver.executeScript("return [navigator.language, document.documentElement.lang]")).toEqual([
      "zh-TW",
      "zh-Hant-TW",
    ]);
    expect(
      await driver.executeScript(
        `return document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content`,
      ),
    ).toBe(serializePolicy(pagePolicy(readFileSync(join(build.dir, "taskpane.html"), "utf8"))));
    // The recorder of violations and errors runs (the server put it right after the policy).
    expect(await pageProblems()).toEqual([]);
    // Offline, the page fell back to its own office.js, which found no host.
    expect(await driver.executeScript("return typeof Office")).toBe("object");
    const list = By.xpath(`${region("已載入的職能基準")}//li`);
    expect(await driver.findElements(list)).toHaveLength(2);
    expect(await driver.findElements(By.css("main"))).toHaveLength(1);
  });

  it("draws the keyboard focus ring around the focused card", async () => {
    await driver.findElement(labelled("搜尋所有職能基準")).click();
    let onCard = false;
    for (let i = 0; i < 15 && !onCard; i++) {
      await driver.actions().sendKeys(Key.TAB).perform();
      onCard = await driver.executeScript<boolean>(
        'return document.activeElement?.getAttribute("data-open") === "IIS3512-001v1"',
      );
    }
    expect(onCard).toBe(true);
    // Fluent draws the ring as the ::after of the focused element, placed against its nearest
    // positioned ancestor: the card itself, so the ring hugs the card (not the page).
    expect(
      await driver.executeScript(`
        const card = document.activeElement;
        const ring = getComputedStyle(card, "::after");
        return [getComputedStyle(card).position, ring.position, ring.borderTopWidth, ring.borderTopStyle];
      `),
    ).toEqual(["relative", "absolute", "2px", "solid"]);
  });

  it("searches 資訊安全 and filters by level", async () => {
    await driver.findElement(labelled("搜尋所有職能基準")).sendKeys("資訊安全");
    await shown("「資訊安全」共 5 筆符合，分屬 1 項職能基準。");
    await choose("職能級別", "級別 3");
    await shown("找不到符合「資訊安全」的內容。試著放寬級別或搜尋範圍。");
  });

  it("opens a standard's detail and downloads its sheet", async () => {
    await driver
      .findElement(labelled("搜尋所有職能基準"))
      .sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
    const card = By.xpath(`//button[contains(., ${literal("雲端資訊服務人員")})]`);
    await (await driver.wait(until.elementLocated(card), WAIT)).click();
    await shown("雲端資訊服務人員", "h2");
    expect(await allTexts(By.css("h5"))).toEqual([
      "T1.1 辨識現有系統環境架構",
      "T1.2 協助修正相關手冊",
      "T2.1 輔導使用者操作雲端產品",
      "T2.2 異常問題排除",
    ]);
    // ExcelJS loads on first use, from the page's origin; the file goes out as a blob: URL.
    await (await shown("下載職能基準工作表（.xlsx）", "button")).click();
    // Named after the standard and the day (the browser's own, as the pane's).
    const day = await driver.executeScript<string>('return new Date().toLocaleDateString("sv")');
    await shown(`已下載 IIS3512-001v1 雲端資訊服務人員 ${day}.xlsx。`);
    await (await shown("返回清單", "button")).click();
  });

  it("switches to English, and keeps English after a reload", async () => {
    await choose("語言 Language", "English");
    await shown("Preview mode: not connected to Excel");
    expect(await driver.executeScript("return document.documentElement.lang")).toBe("en");
    await driver.findElement(labelled("Search every standard"));
    await driver.navigate().refresh();
    await shown("Competency standards", "h1");
    expect(await driver.executeScript("return document.documentElement.lang")).toBe("en");
    await driver.findElement(labelled("Search every standard"));
  });

  it("ran all of it with no Content-Security-Policy violation and no error; the policy refuses eval", async () => {
    expect(await pageProblems()).toEqual([]);
    expect(await driver.executeScript(`return ${EVAL_PROBE}`)).toBe("EvalError");
    await driver.wait(async () => ((await pageProblems()) ?? []).length > 0, WAIT);
    expect(await pageProblems()).toEqual([expect.stringMatching(/^CSP script-src refused eval/)]);
  });
});

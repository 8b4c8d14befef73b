/**
 * The portable rewrite's tokenizer in Debian's Chromium, bundled by the project's webpack config:
 * the package's ES module build runs in the page and reads every formula form as Node's CommonJS build does.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import webpack, { type Stats } from "webpack";
import { FUNCTION_NAMES } from "../../src/functions/dispatch";
import { findCompetencyCalls } from "../../src/portable";
import { tokenize } from "../../src/portable/tokens";
import { loadWebpackConfig } from "../../scripts/webpack-config";
import { FORMS, UNREADABLE } from "../portable/formula-forms";
import { launchChromium } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/static-server";

jest.setTimeout(180_000);

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'";
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><script src="tokens.js"></script></head><body></body></html>`;

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tokens-page-"));
  const config = await loadWebpackConfig("production");
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack({
      ...config,
      entry: { tokens: "./tests/e2e/support/tokens-page.ts" },
      output: { ...config.output, path: dir },
      plugins: [],
    }).run((error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result))),
  );
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  writeFileSync(join(dir, "tokens.html"), PAGE);
  [server, browser] = await Promise.all([serveDirectory(dir), launchChromium()]);
  page = await browser.newPage();
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico"))
      problems.push(message.text());
  });
  await page.goto(`${server.url}/tokens.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test.each([...FORMS, ...UNREADABLE])("Chromium reads %j as Node does", async (formula) => {
  const inPage = await page.evaluate((text) => window.readFormula(text), formula);
  const inNode = { tokens: tokenize(formula), calls: findCompetencyCalls(formula, FUNCTION_NAMES) };
  expect(JSON.parse(inPage)).toEqual(JSON.parse(JSON.stringify(inNode)));
  expect(problems).toEqual([]);
});

test("the bundled page finds a linked call by its saved name", async () => {
  const found = JSON.parse(
    await page.evaluate(() => window.readFormula("=[2]!_xldudf_COMPETENCY_TASKS(,3)")),
  ) as { calls: { calls: Array<{ id: string; form: string }> } };
  expect(found.calls.calls.map((c) => [c.id, c.form])).toEqual([["TASKS", "linked"]]);
});

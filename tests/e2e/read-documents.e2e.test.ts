/**
 * The readers in Debian's Chromium, bundled by the project's webpack config as the task pane
 * bundles them, under a Content-Security-Policy without 'unsafe-eval': PDF.js runs in a module
 * worker (an emitted asset), the readers arrive as lazy chunks, and every format gives the
 * standard Node gives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import webpack, { type Stats } from "webpack";
import { loadDocumentBytes, type LoadedDocument } from "../../src/catalog";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { loadWebpackConfig } from "../../scripts/webpack-config";
import { launchChromium } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/static-server";

jest.setTimeout(180_000);

const CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; object-src 'none'";
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><script src="read.js"></script></head><body></body></html>`;

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const requested: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "read-page-"));
  const config = await loadWebpackConfig("production");
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack({
      ...config,
      entry: { read: "./tests/e2e/support/read-page.ts" },
      output: { ...config.output, path: dir },
      plugins: [],
    }).run((error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result))),
  );
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  writeFileSync(join(dir, "read.html"), PAGE);
  [server, browser] = await Promise.all([serveDirectory(dir), launchChromium()]);
  page = await browser.newPage();
  page.on("request", (request) => requested.push(new URL(request.url()).pathname.slice(1)));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico"))
      problems.push(message.text());
  });
  await page.goto(`${server.url}/read.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("the page loads no reader until a document is read", () => {
  expect(requested.filter((file) => file.endsWith(".js") || file.endsWith(".mjs"))).toEqual(["read.js"]);
});

/** Reads a fixture in the page: the loaded document and the milliseconds reading took there. */
async function readInPage(file: string): Promise<{ loaded: LoadedDocument; ms: number }> {
  const base64 = readFileSync(join(PRODUCED_DIR, "seed-000", file)).toString("base64");
  const { json, ms } = await page.evaluate(([data, name]) => window.readDocument(data, name), [
    base64,
    file,
  ] as const);
  return { loaded: JSON.parse(json) as LoadedDocument, ms };
}

test.each(["writer.pdf", "chromium.pdf", "writer.odt", "writer.docx"])(
  "seed 000's %s gives in Chromium the standard Node gives",
  async (file) => {
    const inNode = await loadDocumentBytes(
      new Uint8Array(readFileSync(join(PRODUCED_DIR, "seed-000", file))),
      file,
    );
    expect((await readInPage(file)).loaded).toEqual(JSON.parse(JSON.stringify(inNode)));
    expect(problems).toEqual([]);
  },
);

test("a 4-page PDF reads in under a second in the page once the readers are loaded", async () => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push((await readInPage("writer.pdf")).ms);
  expect(Math.min(...times)).toBeLessThan(1_000);
});

test("PDF.js ran in a module worker (one per document) from the emitted asset; the page's CSP blocked nothing", () => {
  const worker = [...new Set(requested.filter((file) => file.endsWith(".mjs")))];
  expect(worker).toHaveLength(1);
  expect(readFileSync(join(dir, worker[0]!), "utf8")).toContain("WorkerMessageHandler");
  expect(problems.filter((p) => /Content Security Policy|unsafe-eval/i.test(p))).toEqual([]);
});

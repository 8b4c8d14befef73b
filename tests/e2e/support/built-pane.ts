import type { Page } from "playwright-core";
import { launchChromium, openTaskpane } from "./browser";
import { buildTaskpane } from "./build";
import { recordPageProblems } from "./page-problems";
import { serveDirectory } from "./static-server";

export interface BuiltPane {
  page: Page;
  /** Uncaught page errors, as they happen: a test's afterEach expects none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The production build served from 127.0.0.1 and opened in preview mode in a fresh Chromium page
 * of this locale and size; with `recordProblems`, Content-Security-Policy violations and console
 * errors are recorded for `readPageProblems`.
 */
export async function openBuiltPane(options: {
  locale: string;
  viewport: { width: number; height: number };
  recordProblems?: boolean;
}): Promise<BuiltPane> {
  const [build, browser] = await Promise.all([buildTaskpane(), launchChromium()]);
  const server = await serveDirectory(build.dir);
  const context = await browser.newContext({ locale: options.locale, viewport: options.viewport });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  if (options.recordProblems) await page.addInitScript(recordPageProblems);
  await openTaskpane(page, server.url);
  return {
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
      build.remove();
    },
  };
}

import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchHeadlessChromium } from "../../../scripts/chromium-launch";

/**
 * Microsoft's CDN, unreachable as for a browser offline: the name does not resolve, at once.
 * Chromium's resolver does it, not Playwright's routing, which would hold up every request of
 * the page on a round trip to the test process and slow the load the bench times.
 */
const OFFLINE_CDN = "--host-resolver-rules=MAP appsforoffice.microsoft.com ~NOTFOUND";

/** Debian's Chromium, headless. Fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's Chromium (apt-get install chromium).`,
    );
  }
  return launchHeadlessChromium([OFFLINE_CDN]);
}

/**
 * Opens the built task pane as a plain browser offline would (a page of launchChromium's): the
 * CDN is unreachable, so the page falls back to its own office.js, which reports no host →
 * preview mode.
 */
export async function openTaskpane(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/taskpane.html`);
}

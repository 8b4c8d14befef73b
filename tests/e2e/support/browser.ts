import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchHeadlessChromium } from "../../../scripts/chromium-launch";

/** Debian's Chromium, headless. Fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's Chromium (apt-get install chromium).`,
    );
  }
  return launchHeadlessChromium();
}

/**
 * Opens the built task pane as a plain browser would: Microsoft's CDN is unreachable, so the
 * page falls back to its own office.js, which reports no host → preview mode.
 */
export async function openTaskpane(page: Page, baseUrl: string): Promise<void> {
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto(`${baseUrl}/taskpane.html`);
}

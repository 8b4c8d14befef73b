/**
 * A main table printed without borders (Chromium's PDF of seed 000's fixture page with every
 * border removed): the heading row gives the columns and the codes open the rows, so the
 * duties, tasks, items and attitudes are still the seed's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDocumentBytes, type LoadedDocument } from "../../src/catalog";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { launchChromium } from "../e2e/support/browser";
import { parseSeed, SEED_000 } from "../helpers/seeds";

jest.setTimeout(60_000);

let loaded: LoadedDocument;

beforeAll(async () => {
  const html = readFileSync(join(PRODUCED_DIR, "seed-000", "document.html"), "utf8")
    .replace(/border:\s*1px solid #000000;/g, "border: none;")
    .replace(/border="1"/g, 'border="0"');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    loaded = await loadDocumentBytes(new Uint8Array(await page.pdf({ format: "A4" })), "borderless.pdf");
  } finally {
    await browser.close();
  }
});

const expected = parseSeed(SEED_000).standard;

test.each(["duties", "knowledge", "skills", "attitudes", "notes", "code", "name", "level"] as const)(
  "%s equal the seed's",
  (field) => {
    expect(loaded.standards[0]![field]).toEqual(expected[field]);
  },
);

test("no errors", () => {
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

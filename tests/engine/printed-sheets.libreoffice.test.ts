import { buildDataSheet, buildStandardSheet, label } from "../../src/layout";
import type { Locale, Standard } from "../../src/model";
import { writeWorkbook } from "../../src/xlsx";
import { printedPages } from "../helpers/libreoffice";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

/**
 * The standard sheet of each seed, written to .xlsx, printed to PDF by LibreOffice Calc and read
 * back page by page with pdftotext: the pages LibreOffice makes are the layout's own, each names
 * the standard and its number, a table's header stands at the top of every page the table
 * continues on and nowhere its table is not, and every text of the sheet is on some page.
 */
const seeds: [string, Standard][] = [
  ["seed 000", parseSeed(SEED_000).standard],
  ["seed 003", parseSeed(SEED_003).standard],
];

/** Words of a line, whitespace-insensitive: pdftotext spaces columns as the page does. */
function words(line: string): string {
  return line.trim().split(/\s+/).join(" ");
}

function nonEmpty(page: string): string[] {
  return page.split("\n").filter((line) => line.trim() !== "");
}

const withoutSpace = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

describe.each<[string, Standard, Locale]>([
  ...seeds.map(([name, standard]): [string, Standard, Locale] => [name, standard, "zh"]),
  ["seed 000", seeds[0]![1], "en"],
])("the printed standard sheet of %s (%s)", (_name, standard, locale) => {
  const plan = buildStandardSheet(standard, { locale });
  let pages: { layout: string[]; raw: string[] };
  beforeAll(async () => {
    pages = printedPages((await writeWorkbook([plan])).bytes);
  }, 120_000);

  const header = (keys: Parameters<typeof label>[0][]) =>
    words(keys.map((key) => label(key, locale)).join(" ")).normalize("NFKC");
  const mainHeader = header([
    "duty",
    "task",
    "outputs",
    "indicators",
    "competencyLevel",
    "knowledge",
    "skills",
  ]);
  const itemHeader = header(["itemCode", "itemName", "requiredBy"]);
  const attitudeHeader = header(["itemCode", "itemName", "attitudeDescription"]);

  it("has exactly the pages the layout broke it into, more than one", () => {
    expect(pages.layout.length).toBe((plan.pageBreaks?.length ?? 0) + 1);
    expect(pages.layout.length).toBeGreaterThan(1);
  });

  it("names the standard (code, name, version) in every page's header and numbers every page", () => {
    const title = words(plan.print!.title!.normalize("NFKC"));
    expect(title).toContain(standard.code);
    expect(title).toContain(standard.name);
    pages.layout.forEach((page, i) => {
      const lines = nonEmpty(page);
      expect(words(lines[0]!)).toBe(title);
      expect(lines.at(-1)!.replace(/\s+/g, "")).toBe(`${i + 1}/${pages.layout.length}`);
    });
  });

  it("repeats a table's header only on the pages its table continues on, at their top", () => {
    const kinds = [
      { header: mainHeader, row: /^T\d+ \S/ },
      { header: itemHeader, row: /^[KS]\d{2}\s/ },
      { header: attitudeHeader, row: /^A\d{2}\s/ },
    ];
    let continued = 0;
    pages.layout.forEach((page, i) => {
      const lines = nonEmpty(page).slice(1, -1);
      for (const { header: expected, row } of kinds) {
        const headers = lines.flatMap((line, at) => (words(line) === expected ? [at] : []));
        const rows = lines.flatMap((line, at) => (row.test(line) ? [at] : []));
        if (rows.length === 0) {
          // The main table's header is never printed above tables it does not belong to.
          if (expected === mainHeader) expect({ page: i + 1, headers }).toEqual({ page: i + 1, headers: [] });
          continue;
        }
        expect({ page: i + 1, headerFirst: headers.length > 0 && headers[0]! < rows[0]! }).toEqual({
          page: i + 1,
          headerFirst: true,
        });
        // A page that opens inside a table opens with that table's header.
        if (i > 0 && rows[0]! <= 1) {
          expect(words(lines[0]!)).toBe(expected);
          continued++;
        }
      }
    });
    expect(continued).toBeGreaterThan(0);
  });

  it("prints every text of the sheet on some page", () => {
    const printed = withoutSpace(pages.raw.join(""));
    const texts = plan.cells.flatMap((cell) => (cell.value?.kind === "text" ? [cell.value.text] : []));
    const missing = texts.filter((text) => !printed.includes(withoutSpace(text)));
    expect(missing).toEqual([]);
    for (const attitude of standard.attitudes) expect(printed).toContain(withoutSpace(attitude.description));
  });
});

test("the printed data sheet names its standards on every page", async () => {
  const standards = seeds.map(([, standard]) => standard);
  const plan = buildDataSheet(standards);
  const { layout } = printedPages((await writeWorkbook([plan])).bytes);
  expect(plan.print?.title).toBe("職能資料：INM2521-001v2、IIS3512-001v1");
  for (const page of layout) expect(words(nonEmpty(page)[0]!)).toBe(plan.print!.title!.normalize("NFKC"));
  const printed = withoutSpace(layout.join(""));
  for (const standard of standards)
    for (const attitude of standard.attitudes)
      expect(printed).toContain(withoutSpace(attitude.description).slice(0, 12));
}, 120_000);

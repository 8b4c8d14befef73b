import { strFromU8, unzipSync } from "fflate";
import { buildStaffingMatrix } from "../../src/layout/staffing-matrix";
import { writeWorkbook } from "../../src/xlsx";
import { convertedByLibreOffice } from "../helpers/libreoffice";
import { parseSeed, SEED_000, SEED_003 } from "../helpers/seeds";

/**
 * The downloaded matrix carries its two charts as DrawingML (added after ExcelJS): LibreOffice
 * must open them as charts of the right kind over the right cells.
 */
test("LibreOffice reads the matrix's radar and column charts from the .xlsx", async () => {
  const built = buildStaffingMatrix({
    standards: [parseSeed(SEED_000).standard, parseSeed(SEED_003).standard],
    people: ["王小明", "陳美玲"],
  });
  if (!built.ok) throw new Error(built.error.message.en);
  const { bytes } = await writeWorkbook([built.value]);
  const ods = unzipSync(convertedByLibreOffice(bytes, "ods"));
  const content = strFromU8(ods["content.xml"]!);
  const objects = [...content.matchAll(/<draw:object [^>]*xlink:href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  expect(objects).toHaveLength(2);
  const charts = objects.map((dir) => strFromU8(ods[`${dir}/content.xml`]!));
  expect(charts.map((chart) => /chart:class="chart:(\w+)"/.exec(chart)?.[1])).toEqual(["radar", "bar"]);
  // The radar reads the chooser block (categories Q18:Q25, series R and S); the columns the meeting row.
  const ranges = [...content.matchAll(/draw:notify-on-update-of-ranges="([^"]*)"/g)].map((m) =>
    m[1]!.split(" "),
  );
  const sheet = (range: string) => range.replace(/(\w+):(\w+)/, "人員職能矩陣.$1:人員職能矩陣.$2");
  expect(ranges).toEqual([["Q18:Q25", "R18:R25", "S18:S25"].map(sheet), ["C12:J12", "C9:J9"].map(sheet)]);
  expect(charts[0]).toContain("個人級別與角色要求");
}, 120_000);

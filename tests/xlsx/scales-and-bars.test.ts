import { strFromU8, unzipSync } from "fflate";
import { buildAssessmentWorkbook } from "../../src/layout/assessment";
import { writeWorkbook } from "../../src/xlsx";
import { parseSeed, SEED_000 } from "../helpers/seeds";

/** The colour scale on derived levels and the data bars on coverage and team counts, as OOXML. */
test("colour scales and data bars are written as cfRules with their bounds and colours", async () => {
  const built = buildAssessmentWorkbook({ standards: [parseSeed(SEED_000).standard], people: 3 });
  if (!built.ok) throw new Error(built.error.message.en);
  const { bytes } = await writeWorkbook(built.value);
  const files = unzipSync(bytes);
  const sheet = (n: number) => strFromU8(files[`xl/worksheets/sheet${n}.xml`]!);

  const coverage = /<conditionalFormatting sqref="I12:I14">([\s\S]*?)<\/conditionalFormatting>/.exec(
    sheet(1),
  );
  expect(coverage?.[1]).toMatch(
    /<cfRule type="dataBar"[^>]*><dataBar><cfvo type="num" val="0"\/><cfvo type="num" val="1"\/><color rgb="FF5B9BD5"\/><\/dataBar>/,
  );
  const levels = /<conditionalFormatting sqref="C4:F6">([\s\S]*?)<\/conditionalFormatting>/.exec(sheet(3));
  expect(levels?.[1]).toMatch(
    /<cfRule type="colorScale"[^>]*><colorScale><cfvo type="num" val="0"\/><cfvo type="num" val="4"\/><color rgb="FFFFFFFF"\/><color rgb="FF63BE7B"\/><\/colorScale>/,
  );
  expect(sheet(4)).toMatch(
    /<cfRule type="dataBar"[^>]*><dataBar><cfvo type="num" val="0"\/><cfvo type="num" val="3"\/>/,
  );
});

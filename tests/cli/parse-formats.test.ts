import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardSchemas } from "../../src/catalog";
import { formatDiagnostic } from "../../src/cli/documents";
import { runInProcess } from "./run-in-process";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";

const run = runInProcess;

const fixture = (file: string): string => join(PRODUCED_DIR, "seed-003", file);

test("parse reads PDF, ODT and DOCX files as bytes: the same standard from each, exit 0", async () => {
  const files = ["writer.pdf", "chromium.pdf", "writer.odt", "writer.docx"].map(fixture);
  const { code, stdout, stderr } = await run(["parse", ...files]);
  expect([code, stderr]).toEqual([0, ""]);
  const standards = standardSchemas().file.parse(JSON.parse(stdout)).standards;
  expect(standards.map((s) => s.code)).toEqual(Array(4).fill("IIS3512-001v1"));
  for (const standard of standards.slice(1)) expect(standard).toEqual(standards[0]);
});

test("many files report per file (file:line: severity: message, a PDF's page after it); any error exits 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "competency-"));
  const broken = join(dir, "broken.pdf");
  writeFileSync(broken, "%PDF-1.7\n%%EOF\n");
  const { code, stderr, stdout } = await run(["--lang", "en", "parse", fixture("writer.pdf"), broken]);
  expect(code).toBe(1);
  expect(stderr).toMatch(new RegExp(`^${broken}:1: error: The PDF is corrupt or truncated`, "m"));
  expect(stderr).not.toContain(fixture("writer.pdf"));
  expect(JSON.parse(stdout).standards).toHaveLength(1);
});

test.each(["chromium.pdf", "writer.odt", "writer.docx"])(
  "call --load takes %s like any document",
  async (file) => {
    const loaded = join(PRODUCED_DIR, "long-cells", file);
    const { code, stdout, stderr } = await run(["call", "--load", loaded, "NAME", "T1", "MPM7233-002v3"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toBe("規劃與執行智慧製造產線設備之預防保養及定期檢修作業\n");
  },
);

test("a diagnostic from a PDF names its page after the message, in either language", () => {
  const diagnostic = {
    severity: "warning",
    line: 3,
    id: "x",
    message: { zh: "訊息。", en: "Message." },
    page: 2,
  } as const;
  expect(formatDiagnostic("f.pdf", diagnostic, "en")).toBe("f.pdf:3: warning: Message. (page 2)");
  expect(formatDiagnostic("f.pdf", diagnostic, "zh")).toBe("f.pdf:3: warning: 訊息。（第 2 頁）");
});

/**
 * `npm run preview -- FILE.xlsx [--out DIR]`: renders a workbook to one PNG per printed page
 * (LibreOffice → PDF → pdftoppm at 110 dpi) and prints the folder, so a person can look at it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const RESOLUTION = "110";

function fail(message: string): never {
  process.stderr.write(`preview: ${message}\n`);
  process.exit(1);
}

/** The first of `names` that runs, or null. */
function findTool(names: string[], versionFlag: string): string | null {
  for (const name of names) {
    const probe = spawnSync(name, [versionFlag], { stdio: "ignore" });
    if (!probe.error) return name;
  }
  return null;
}

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    fail(`${tool} ${args.join(" ")} failed: ${result.error?.message ?? result.stderr}`);
  }
}

function previewOptions(argv: string[]): { file: string; out: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail(
      `${error instanceof Error ? error.message : String(error)}\nusage: npm run preview -- FILE.xlsx [--out DIR]`,
    );
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || positionals.length > 1) fail("usage: npm run preview -- FILE.xlsx [--out DIR]");
  return {
    file: resolve(file),
    out: resolve(values.out ?? join("out", "preview", basename(file, extname(file)))),
  };
}

function main(): void {
  const { file, out } = previewOptions(process.argv.slice(2));
  if (!existsSync(file)) fail(`no such file: ${file}`);
  const office = findTool(["libreoffice", "soffice"], "--version");
  if (!office)
    fail(
      "LibreOffice is not installed (need `libreoffice` or `soffice` on PATH; apt-get install libreoffice-calc)",
    );
  const pdftoppm = findTool(["pdftoppm"], "-v");
  if (!pdftoppm) fail("pdftoppm is not installed (apt-get install poppler-utils)");

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // A private profile: LibreOffice refuses to convert while another instance holds the default one.
  const profile = mkdtempSync(join(tmpdir(), "preview-lo-"));
  try {
    run(office, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      file,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(out, `${basename(file, extname(file))}.pdf`);
  if (!existsSync(pdf)) fail(`LibreOffice wrote no PDF for ${file}`);
  run(pdftoppm, ["-png", "-r", RESOLUTION, pdf, join(out, "page")]);

  const pages = readdirSync(out)
    .filter((name) => name.endsWith(".png"))
    .sort();
  process.stdout.write(`${out}\n${pages.map((page) => `  ${page}`).join("\n")}\n`);
}

main();

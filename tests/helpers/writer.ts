import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { libreOffice } from "./libreoffice";

/**
 * An HTML document converted by LibreOffice Writer (headless, private profile) with an export
 * filter such as `odt:writer8` or `pdf:writer_pdf_Export:{…}` (`files` are written beside it, e.g.
 * images it shows); the bytes of the result. Throws a
 * clear error when LibreOffice is missing (the test fails, never skips).
 */
export function convertHtml(
  html: string,
  filter: string,
  extension: string,
  files: Record<string, Uint8Array> = {},
): Uint8Array {
  const binary = libreOffice();
  const dir = mkdtempSync(join(tmpdir(), "writer-"));
  const input = join(dir, "document.html");
  writeFileSync(input, html);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  execFileSync(
    binary,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      filter,
      "--outdir",
      dir,
      input,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  return new Uint8Array(readFileSync(join(dir, `document.${extension}`)));
}

/** The PDF export filter of Writer with its options as LibreOffice's JSON filter options. */
export function pdfExport(options: Record<string, { type: string; value: string }> = {}): string {
  return `pdf:writer_pdf_Export:${JSON.stringify(options)}`;
}

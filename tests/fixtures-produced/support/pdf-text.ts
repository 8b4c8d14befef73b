/** The text of a PDF as poppler's `pdftotext -layout` lays it out, one string per page. */
import { spawnSync } from "node:child_process";

export function pdfPages(path: string): string[] {
  const result = spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  if (result.error) {
    throw new Error(
      "pdftotext is not installed: these tests read the PDF fixtures with it (apt-get install poppler-utils).",
    );
  }
  if (result.status !== 0) throw new Error(`pdftotext ${path} failed: ${result.stderr}`);
  return result.stdout.split("\f").slice(0, -1);
}

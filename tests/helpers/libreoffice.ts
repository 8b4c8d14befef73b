import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";

/** LibreOffice's binary, or a thrown error that says how to get it (tests fail, never skip). */
export function libreOffice(): string {
  for (const candidate of ["libreoffice", "soffice"]) {
    try {
      const version = execFileSync(candidate, ["--version"], { encoding: "utf8" });
      const major = Number(/LibreOffice (\d+)/.exec(version)?.[1] ?? 0);
      if (major < 24)
        throw new Error(
          `${candidate} is ${version.trim()}; dynamic arrays need 24 or newer (Debian bookworm-backports)`,
        );
      return candidate;
    } catch (error) {
      if (error instanceof Error && /dynamic arrays/.test(error.message)) throw error;
    }
  }
  throw new Error(
    "LibreOffice is not installed: this test recalculates workbooks with it. Install libreoffice-calc-nogui from Debian bookworm-backports (.ci/run does).",
  );
}

/**
 * A private LibreOffice profile that recalculates every formula when it opens an .xlsx, so the
 * values read back are LibreOffice's own, not cached ones.
 */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return pathToFileURL(dir).href;
}

/**
 * Opens `bytes` as .xlsx in headless LibreOffice, recalculates every formula, and returns the
 * first sheet's raw values (not as displayed: 2/3 stays 0.666…) as rows of strings.
 */
export function recalculatedValues(bytes: Uint8Array, name = "book.xlsx"): string[][] {
  return recalculatedSheets(bytes, name, 1)[0]!;
}

/**
 * Like `recalculatedValues`, for the first `count` sheets in order: LibreOffice's CSV filter
 * writes each sheet to its own file ("book-Sheet name.csv") when asked for sheet -1.
 */
export function recalculatedSheets(bytes: Uint8Array, name = "book.xlsx", count = Infinity): string[][][] {
  const binary = libreOffice();
  const dir = mkdtempSync(join(tmpdir(), "lo-recalc-"));
  const input = join(dir, name);
  const out = join(dir, "out");
  writeFileSync(input, bytes);
  const sheets = count === 1 ? "" : ",-1";
  const csv = `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false${sheets}`;
  execFileSync(
    binary,
    [
      `-env:UserInstallation=${profile()}`,
      "--headless",
      "--calc",
      "--convert-to",
      csv,
      "--outdir",
      out,
      input,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  const stem = basename(input).replace(/\.xlsx$/, "");
  if (count === 1) return [parseCsv(readFileSync(join(out, `${stem}.csv`), "utf8"))];
  return sheetNames(bytes)
    .slice(0, count)
    .map((sheetName) => parseCsv(readFileSync(join(out, `${stem}-${sheetName}.csv`), "utf8")));
}

/** The sheet names of an .xlsx in order, from its workbook part. */
function sheetNames(bytes: Uint8Array): string[] {
  const workbook = strFromU8(
    unzipSync(bytes, { filter: (file) => file.name === "xl/workbook.xml" })["xl/workbook.xml"]!,
  );
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) =>
    m[1]!
      .replace(/&amp;/g, "&")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">"),
  );
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      rows.at(-1)!.push(field);
      field = "";
    } else if (c === "\n") {
      rows.at(-1)!.push(field);
      field = "";
      rows.push([]);
    } else if (c !== "\r") field += c;
  }
  rows.at(-1)!.push(field);
  return rows.filter((row, i) => i < rows.length - 1 || row.some((f) => f !== ""));
}

/** Opens `bytes` (an .xlsx) in headless LibreOffice and saves it as `format` (e.g. "ods", "pdf"). */
export function convertedByLibreOffice(bytes: Uint8Array, format: string, name = "book.xlsx"): Uint8Array {
  const binary = libreOffice();
  const dir = mkdtempSync(join(tmpdir(), "lo-convert-"));
  const input = join(dir, name);
  const out = join(dir, "out");
  writeFileSync(input, bytes);
  execFileSync(
    binary,
    [
      `-env:UserInstallation=${profile()}`,
      "--headless",
      "--calc",
      "--convert-to",
      format,
      "--outdir",
      out,
      input,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  return readFileSync(join(out, basename(input).replace(/\.xlsx$/, `.${format}`)));
}

/** poppler's pdftotext, or a thrown error saying how to get it (tests fail, never skip). */
function pdftotext(): string {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "pipe" });
    return "pdftotext";
  } catch {
    throw new Error("pdftotext is not installed: this test reads printed pages back. Install poppler-utils.");
  }
}

/**
 * Opens `bytes` as .xlsx in headless LibreOffice Calc and prints it to PDF as Calc prints it
 * (its own page setup, breaks, headers and footers); each page's text as pdftotext reads it,
 * laid out (`-layout`, lines as on the page) and in content order (`-raw`, a cell's lines
 * together), NFKC-normalised (LibreOffice's PDFs may use compatibility forms).
 */
export function printedPages(bytes: Uint8Array, name = "book.xlsx"): { layout: string[]; raw: string[] } {
  const reader = pdftotext();
  const dir = mkdtempSync(join(tmpdir(), "lo-print-"));
  const pdf = join(dir, "printed.pdf");
  writeFileSync(pdf, convertedByLibreOffice(bytes, "pdf", name));
  const pages = (mode: "-layout" | "-raw") =>
    execFileSync(reader, [mode, "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" })
      .normalize("NFKC")
      .split("\f")
      .slice(0, -1);
  return { layout: pages("-layout"), raw: pages("-raw") };
}

import type { Diagnostic } from "../../model";
import type { DocumentLine, ReadResult } from "../document-lines";
import { rowLine } from "../clean-text";
import { MAX_ITEMS_PER_PAGE, MAX_PDF_PAGES } from "../limits";
import { readError, readWarning } from "../problems";
import { findGrids } from "./grid";
import { layoutPage, type Block } from "./page-layout";
import { loadPdfjs, type Pdfjs } from "./pdfjs";
import { extractRules, type OperatorCodes } from "./rules";
import { cleanItemText, type Glyphs } from "./text-runs";

export interface PdfOptions {
  /** The PDF.js worker's URL in the browser (see pdfWorkerUrl); omitted in Node. */
  workerUrl?: string;
  /** Milliseconds after which reading stops with a diagnostic. */
  deadlineMs: number;
}

/**
 * What a hostile PDF may not do: run script (`isEvalSupported: false`: PDF.js never compiles font
 * programs or functions with eval; 5.6 also carries the fix for CVE-2024-4367, arbitrary JavaScript
 * through a crafted font, fixed in 4.2.67), load fonts (none are needed for text), use XFA forms.
 */
export const PDF_SAFETY = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
} as const;

type PdfDocument = Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

/**
 * A PDF → lines, from the text's positions rather than its order: tables are rebuilt from their
 * drawn borders (cells by x, rows by y, merged cells by missing borders), other text becomes
 * lines in reading order. Hostile files are handled (PDF_SAFETY), and a password, a missing text
 * layer, corruption or a timeout each give a diagnostic.
 */
export async function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<ReadResult> {
  const pdfjs = await loadPdfjs(options.workerUrl);
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    ...PDF_SAFETY,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.deadlineMs);
  });
  try {
    const deadlineAt = Date.now() + options.deadlineMs;
    const outcome = await Promise.race([
      task.promise.then((doc) => readPages(pdfjs, doc, deadlineAt)),
      deadline,
    ]);
    if (outcome === "timeout")
      return failed(
        readError(
          "read-timeout",
          `讀取超過 ${options.deadlineMs / 1000} 秒，已停止。`,
          `Reading took longer than ${options.deadlineMs / 1000} s and was stopped.`,
        ),
      );
    return outcome;
  } catch (error) {
    return failed(pdfProblem(error));
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}

function failed(problem: Diagnostic): ReadResult {
  return { format: "pdf", lines: [], diagnostics: [problem] };
}

function pdfProblem(error: unknown): Diagnostic {
  const name = error instanceof Error ? error.name : "";
  const reason = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException")
    return readError(
      "pdf-encrypted",
      "這個 PDF 有密碼保護，無法讀取；請提供未加密的檔案。",
      "This PDF is password-protected and cannot be read; please provide an unencrypted file.",
    );
  return readError(
    "corrupt-pdf",
    `PDF 已損壞或不完整，無法讀取（${reason}）。`,
    `The PDF is corrupt or truncated and cannot be read (${reason}).`,
  );
}

/**
 * The pages' lines, or "timeout" once the deadline passes: checked between pages too, since
 * PDF.js's work in one thread runs as promise callbacks that can hold the timer back.
 */
async function readPages(
  pdfjs: Pdfjs,
  doc: PdfDocument,
  deadlineAt: number,
): Promise<ReadResult | "timeout"> {
  const diagnostics: Diagnostic[] = [];
  const lines: DocumentLine[] = [];
  const codes = operatorCodes(pdfjs);
  const pageCount = Math.min(doc.numPages, MAX_PDF_PAGES);
  if (doc.numPages > MAX_PDF_PAGES)
    diagnostics.push(
      readWarning(
        "pdf-too-many-pages",
        `PDF 有 ${doc.numPages} 頁，只讀取前 ${MAX_PDF_PAGES} 頁。`,
        `The PDF has ${doc.numPages} pages; only the first ${MAX_PDF_PAGES} were read.`,
        MAX_PDF_PAGES,
      ),
    );
  const continuation = new HeaderRepeater();
  let textFound = false;
  for (let number = 1; number <= pageCount; number++) {
    if (Date.now() > deadlineAt) return "timeout";
    const page = await doc.getPage(number);
    const pieces = await pagePieces(page);
    textFound ||= pieces.length > 0;
    if (pieces.length === 0) continue;
    const operators = await page.getOperatorList();
    const [, , width, height] = page.view as [number, number, number, number];
    const rules = extractRules(operators.fnArray, operators.argsArray, codes, width, height);
    const blocks = layoutPage(pieces, findGrids(rules), rules.marks);
    for (const text of continuation.lines(blocks))
      lines.push({ text, source: { kind: "page", page: number } });
    page.cleanup();
  }
  if (!textFound)
    diagnostics.push(
      readError(
        "pdf-no-text",
        "這個 PDF 沒有文字層（可能是掃描影像）；不支援文字辨識（OCR），請提供含文字的 PDF、ODT 或 DOCX。",
        "This PDF has no text layer (it may be a scanned image); OCR is not supported: please provide a PDF with text, an ODT or a DOCX.",
      ),
    );
  return { format: "pdf", lines, diagnostics };
}

async function pagePieces(page: PdfPage): Promise<Glyphs[]> {
  const content = await page.getTextContent();
  const pieces: Glyphs[] = [];
  for (const item of content.items) {
    if (!("str" in item) || pieces.length >= MAX_ITEMS_PER_PAGE) continue;
    // Spaces at an item's ends carry no width of their own: the gaps between items tell spaces.
    const text = cleanItemText(item.str).trim();
    if (text === "") continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    if (Math.abs(b ?? 0) > Math.abs(a ?? 0)) continue; // vertical or rotated text: not part of the layout
    const size = Math.hypot(c ?? 0, d ?? 0) || item.height || 1;
    pieces.push({ text, x: x ?? 0, y: y ?? 0, width: item.width, size });
  }
  return pieces;
}

function operatorCodes(pdfjs: Pdfjs): OperatorCodes {
  const { OPS } = pdfjs;
  return {
    save: OPS.save,
    restore: OPS.restore,
    transform: OPS.transform,
    constructPath: OPS.constructPath,
    paints: new Set([
      OPS.stroke,
      OPS.closeStroke,
      OPS.fill,
      OPS.eoFill,
      OPS.fillStroke,
      OPS.eoFillStroke,
      OPS.closeFillStroke,
      OPS.closeEOFillStroke,
    ]),
    fills: new Set([OPS.fill, OPS.eoFill]),
  };
}

/**
 * Tables as tab-separated rows, text as lines. When the main table continues on a new page
 * without its header row (a producer that does not repeat it), the header is written again before
 * the continuation, so every page break looks as in seed 000.
 */
class HeaderRepeater {
  private header: string[] | null = null;

  lines(blocks: readonly Block[]): string[] {
    const out: string[] = [];
    let first = true;
    for (const block of blocks) {
      if (block.kind === "text") {
        out.push(block.text);
        continue;
      }
      const opensWithHeader = isMainHeader(block.rows[0]!);
      if (first && !opensWithHeader && this.header?.length === block.rows[0]!.length)
        out.push(rowLine(this.header));
      first = false;
      for (const row of block.rows) {
        if (isMainHeader(row)) this.header = row;
        out.push(rowLine(row));
      }
    }
    return out;
  }
}

/** The main table's header row: 主要職責 (or 工作任務) … 行為指標 … */
function isMainHeader(row: readonly string[]): boolean {
  const text = row.join("").replace(/\s+/g, "");
  return /主要職責|工作任務/.test(text) && /行為指標/.test(text) && /工作產出/.test(text);
}

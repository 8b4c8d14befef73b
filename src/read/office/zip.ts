import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from "fflate";
import type { Diagnostic } from "../../model";
import { MAX_ZIP_BYTES, MAX_ZIP_ENTRIES } from "../limits";
import { readError } from "../problems";

export type ZipResult = { entries: Map<string, Uint8Array> } | { problem: Diagnostic };

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/**
 * The wanted entries of a zip, bounded twice against zip bombs: the central directory's entry
 * count and declared sizes are checked first, then the bytes are counted while inflating (a
 * declared size can lie). A corrupt or truncated zip is a problem, never an exception.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): ZipResult {
  const declared = declaredSizes(bytes);
  if ("problem" in declared) return declared;
  if (declared.entries > MAX_ZIP_ENTRIES) return { problem: tooManyEntries(declared.entries) };
  if (declared.bytes > MAX_ZIP_BYTES) return { problem: tooLarge() };
  return inflateCounting(bytes, wanted);
}

function declaredSizes(bytes: Uint8Array): { entries: number; bytes: number } | { problem: Diagnostic } {
  let entries = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries++;
        total += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    return { problem: corrupt(error) };
  }
  return { entries, bytes: total };
}

function inflateCounting(bytes: Uint8Array, wanted: (name: string) => boolean): ZipResult {
  const entries = new Map<string, Uint8Array>();
  let inflated = 0;
  let problem: Diagnostic | null = null;
  let seen = 0;
  const unzip = new Unzip((file) => {
    seen++;
    if (problem || !wanted(file.name)) return;
    if (seen > MAX_ZIP_ENTRIES) {
      problem = tooManyEntries(seen);
      return;
    }
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = corrupt(error);
        return;
      }
      inflated += chunk.length;
      if (inflated > MAX_ZIP_BYTES) {
        problem = tooLarge();
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) entries.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipPassThrough);
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    problem ??= corrupt(error);
  }
  return problem ? { problem } : { entries };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function corrupt(error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return readError(
    "corrupt-zip",
    `檔案已損壞或不完整，無法解壓縮（${reason}）。`,
    `The file is corrupt or truncated and cannot be unzipped (${reason}).`,
  );
}

function tooManyEntries(count: number): Diagnostic {
  return readError(
    "zip-too-many-entries",
    `壓縮檔含 ${count} 個項目，超過上限 ${MAX_ZIP_ENTRIES}，未讀取。`,
    `The archive holds ${count} entries, more than the limit of ${MAX_ZIP_ENTRIES}; it was not read.`,
  );
}

function tooLarge(): Diagnostic {
  return readError(
    "zip-too-large",
    `解壓縮後超過 ${mb(MAX_ZIP_BYTES)} MB（可能是壓縮炸彈），未讀取。`,
    `Unzipped, the file exceeds ${mb(MAX_ZIP_BYTES)} MB (possibly a zip bomb); it was not read.`,
  );
}

/** Files above this size are refused before any reading. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A zip (ODT, DOCX) may hold at most this many entries… */
export const MAX_ZIP_ENTRIES = 2_000;
/** …and inflate to at most this many bytes in all (a zip bomb stops here). */
export const MAX_ZIP_BYTES = 64 * 1024 * 1024;
/** Pages of a PDF read at most; a 職能基準 runs to a few dozen. */
export const MAX_PDF_PAGES = 300;
/** Every reader gives up after this long. */
export const READ_DEADLINE_MS = 20_000;
/** Text items taken from one PDF page at most (bounds the layout's work). */
export const MAX_ITEMS_PER_PAGE = 20_000;

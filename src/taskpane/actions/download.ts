const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Characters Windows and macOS refuse in file names, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;

/** "INM2521-001v2 雲端架構工程人員" → "INM2521-001v2 雲端架構工程人員.xlsx", safe on every system. */
export function xlsxFileName(sheetName: string): string {
  const base = sheetName.replace(UNSAFE, "_").trim() || "competency";
  return `${base}.xlsx`;
}

/** Hands the bytes to the browser as a download. */
export function downloadXlsx(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; free it once the browser has had it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

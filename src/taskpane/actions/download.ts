const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Characters Windows and macOS refuse in file names, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;

/** Standards named in a file name at most; more are counted ("+5"), so the name stays short. */
const NAMED_STANDARDS = 3;

/** "2026-12-01", the user's own day. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The sheet's name, the codes of its standards it does not already hold, and the day, safe on
 * every system: "INM2521-001v2 雲端架構工程人員 2026-12-01.xlsx", "人員職能矩陣 INM2521-001v2
 * IIS3512-001v1 2026-12-01.xlsx". Two downloads of different standards or days do not collide.
 */
export function xlsxFileName(plan: { name: string; standards?: readonly string[] }, date: Date): string {
  const codes = (plan.standards ?? []).filter((code) => !plan.name.includes(code));
  const named =
    codes.length > NAMED_STANDARDS
      ? [...codes.slice(0, NAMED_STANDARDS), `+${codes.length - NAMED_STANDARDS}`]
      : codes;
  const base = [plan.name.trim() || "competency", ...named, localDate(date)].join(" ");
  return `${base.replace(UNSAFE, "_")}.xlsx`;
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

import type { LocalizedText } from "../model";

/** Why a file could not be read or written, in both languages, from Node's error code (no raw ENOENT). */
export function fileProblem(error: unknown): LocalizedText {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return { zh: "找不到這個檔案。", en: "no such file." };
    case "EISDIR":
      return { zh: "這是資料夾，不是檔案。", en: "this is a folder, not a file." };
    case "ENOTDIR":
      return { zh: "路徑中有一段不是資料夾。", en: "a part of the path is not a folder." };
    case "EACCES":
    case "EPERM":
      return { zh: "沒有權限。", en: "permission denied." };
    case "ENOSPC":
      return { zh: "磁碟空間不足。", en: "the disk is full." };
    default:
      return {
        zh: `無法存取（${code ?? "未知的錯誤"}）。`,
        en: `cannot be accessed (${code ?? "unknown error"}).`,
      };
  }
}

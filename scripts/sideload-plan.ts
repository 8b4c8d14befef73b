/**
 * What `npm start` does to put the add-in into Excel on each platform: decisions, commands and
 * messages only, so they can be tested anywhere. scripts/sideload.ts carries them out.
 */
import { join } from "node:path";

export type SideloadTarget = "windows" | "mac" | "web";

export interface Command {
  file: string;
  args: string[];
}

/** Desktop Excel can be sideloaded from here on Windows and macOS; elsewhere only Excel on the web. */
export function sideloadTarget(platform: NodeJS.Platform): SideloadTarget {
  if (platform === "win32") return "windows";
  if (platform === "darwin") return "mac";
  return "web";
}

/** The add-in's GUID from <Id>: it names the registry value (Windows) and the copied file (macOS). */
export function manifestId(manifestXml: string): string {
  const id = /<Id>\s*([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})\s*<\/Id>/.exec(manifestXml)?.[1];
  if (!id) throw new Error("manifest.xml 缺少有效的 <Id> / has no valid <Id>");
  return id;
}

/** Desktop Excel on Windows loads every manifest listed under this key at startup. */
export const WEF_DEVELOPER_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";

export function windowsRegisterCommand(id: string, manifestPath: string): Command {
  return {
    file: "reg",
    args: ["add", WEF_DEVELOPER_KEY, "/v", id, "/t", "REG_SZ", "/d", manifestPath, "/f"],
  };
}

export function windowsUnregisterCommand(id: string): Command {
  return { file: "reg", args: ["delete", WEF_DEVELOPER_KEY, "/v", id, "/f"] };
}

/** Desktop Excel on macOS loads every manifest in this folder at startup. */
export function macSideloadPath(home: string, id: string): string {
  return join(
    home,
    "Library",
    "Containers",
    "com.microsoft.Excel",
    "Data",
    "Documents",
    "wef",
    `${id}.manifest.xml`,
  );
}

export function openExcelCommand(target: "windows" | "mac"): Command {
  // `start` is a cmd built-in; its first argument is a window title, left empty.
  return target === "windows"
    ? { file: "cmd", args: ["/c", "start", "", "excel"] }
    : { file: "open", args: ["-a", "Microsoft Excel"] };
}

/** What to tell the developer once the server runs, in both languages. */
export function startMessage(target: SideloadTarget, manifestPath: string, baseUrl: string): string {
  const preview = `${baseUrl}/taskpane.html`;
  if (target !== "web") {
    return [
      `已側載至 Excel 桌面版（${manifestPath}）。在 Excel 的「常用」索引標籤按「職能基準」開啟工作窗格。`,
      `Sideloaded into desktop Excel (${manifestPath}). In Excel, select Competency Standards on the Home tab.`,
      `工作窗格預覽 / Task pane preview: ${preview}`,
    ].join("\n");
  }
  return [
    "此平台沒有 Excel 桌面版，請在 Excel 網頁版側載：",
    `  1. 先在瀏覽器開啟 ${preview}，接受開發憑證的警告。`,
    "  2. 在 Excel 網頁版開啟活頁簿，選「插入」→「增益集」→「上傳我的增益集」。",
    `  3. 選擇 ${manifestPath}。`,
    "There is no desktop Excel on this platform; sideload into Excel on the web:",
    `  1. Open ${preview} in the browser and accept the development certificate warning.`,
    "  2. Open a workbook in Excel on the web, then Insert → Add-ins → Upload My Add-in.",
    `  3. Choose ${manifestPath}.`,
    `工作窗格預覽（一般瀏覽器）/ Task pane preview in a plain browser: ${preview}`,
  ].join("\n");
}

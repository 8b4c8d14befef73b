import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  WEF_DEVELOPER_KEY,
  macSideloadPath,
  manifestId,
  openExcelCommand,
  sideloadTarget,
  startMessage,
  windowsRegisterCommand,
  windowsUnregisterCommand,
} from "../../scripts/sideload-plan";

const MANIFEST = join(__dirname, "..", "..", "manifest.xml");

describe("sideloadTarget", () => {
  it.each([
    ["win32", "windows"],
    ["darwin", "mac"],
    ["linux", "web"],
    ["freebsd", "web"],
  ] as const)("%s → %s", (platform, target) => {
    expect(sideloadTarget(platform)).toBe(target);
  });
});

describe("manifestId", () => {
  it("reads the GUID of manifest.xml", () => {
    expect(manifestId(readFileSync(MANIFEST, "utf8"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it("refuses a manifest without a GUID", () => {
    expect(() => manifestId("<OfficeApp><Id>my-add-in</Id></OfficeApp>")).toThrow(/<Id>/);
  });
});

describe("desktop commands", () => {
  const id = "32f30766-41c1-4a82-a2cf-f2119a6d89c4";

  it("registers and unregisters a value named after the add-in under WEF\\Developer on Windows", () => {
    expect(WEF_DEVELOPER_KEY).toBe("HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer");
    expect(windowsRegisterCommand(id, "C:\\My Add-in\\manifest.xml")).toEqual({
      file: "reg",
      args: ["add", WEF_DEVELOPER_KEY, "/v", id, "/t", "REG_SZ", "/d", "C:\\My Add-in\\manifest.xml", "/f"],
    });
    expect(windowsUnregisterCommand(id)).toEqual({
      file: "reg",
      args: ["delete", WEF_DEVELOPER_KEY, "/v", id, "/f"],
    });
  });

  it("copies the manifest into Excel's wef folder on macOS", () => {
    expect(macSideloadPath("/Users/ada", id)).toBe(
      `/Users/ada/Library/Containers/com.microsoft.Excel/Data/Documents/wef/${id}.manifest.xml`,
    );
  });

  it("opens Excel", () => {
    expect(openExcelCommand("windows")).toEqual({ file: "cmd", args: ["/c", "start", "", "excel"] });
    expect(openExcelCommand("mac")).toEqual({ file: "open", args: ["-a", "Microsoft Excel"] });
  });
});

describe("startMessage", () => {
  const baseUrl = "https://localhost:3000";

  it("tells how to upload the manifest to Excel on the web, in both languages", () => {
    const message = startMessage("web", "/work/manifest.xml", baseUrl);
    expect(message).toContain("上傳我的增益集");
    expect(message).toContain("Insert → Add-ins → Upload My Add-in");
    expect(message).toContain("/work/manifest.xml");
    expect(message).toContain(`${baseUrl}/taskpane.html`);
  });

  it("says where the add-in went on the desktop, in both languages", () => {
    const message = startMessage("windows", "C:\\manifest.xml", baseUrl);
    expect(message).toContain("已側載至 Excel 桌面版");
    expect(message).toContain("Sideloaded into desktop Excel");
    expect(message).not.toContain("Upload My Add-in");
    expect(message).toContain(`${baseUrl}/taskpane.html`);
  });
});

/**
 * @jest-environment jsdom
 */
// Microsoft's manifest validator needs the internet; this checks offline what it would reject,
// plus the rules specific to this add-in (shared runtime, namespace, icons, locales).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DEV_BASE_URL, productionBaseUrl, rebaseUrls } from "../../scripts/addin-urls";
import { ICON_SIZES } from "../../scripts/icon";
import { pngSize } from "../../scripts/png";
import {
  all,
  children,
  one,
  parseXml,
  resolveResid,
  resources,
  xsiType,
  type ResourceKind,
} from "./manifest-xml";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_TEXT = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = parseXml(MANIFEST_TEXT);
const HAN = /\p{Script=Han}/u;

/** The kind of resource each element that carries a resid must point at. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const residUsers = (): Element[] => Array.from(doc.querySelectorAll("[resid]"));
const residUrl = (element: Element): string => resolveResid(doc, element.getAttribute("resid") ?? "").value;

/** Every URL in the manifest, in attributes (namespace declarations aside) or as element text. */
function urls(): { where: string; url: string }[] {
  const isUrl = (value: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
  return all(doc, "*").flatMap((element) => [
    ...Array.from(element.attributes)
      .filter(
        (attribute) => attribute.name !== "xmlns" && attribute.prefix !== "xmlns" && isUrl(attribute.value),
      )
      .map((attribute) => ({ where: `${element.localName}@${attribute.name}`, url: attribute.value })),
    ...(element.children.length === 0 && isUrl(element.textContent ?? "")
      ? [{ where: element.localName, url: element.textContent ?? "" }]
      : []),
  ]);
}

/** The PNG in assets/ that a development URL points at. */
function assetFor(url: string): Buffer {
  expect(url.startsWith(`${DEV_BASE_URL}/assets/`)).toBe(true);
  return readFileSync(join(ROOT, url.slice(DEV_BASE_URL.length + 1)));
}

describe("manifest.xml", () => {
  it("is a well-formed TaskPaneApp for Excel workbooks", () => {
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(one(doc, "Id").textContent).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    // The value itself is pinned by functions-metadata.lock.json, which moves it with functions.json.
    expect(one(doc, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const hosts = children(doc.documentElement, "Hosts").flatMap((h) => children(h, "Host"));
    expect(hosts.map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one(doc, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("would be caught by the well-formedness check if it were broken", () => {
    expect(() => parseXml(MANIFEST_TEXT.replace("</Permissions>", "</Permission>"))).toThrow(/well-formed/);
  });

  it("defines every resid it uses exactly once, with the right kind, and uses every resource", () => {
    for (const element of residUsers()) {
      const resid = element.getAttribute("resid") ?? "";
      expect(resid.length).toBeLessThanOrEqual(32);
      expect({ element: element.localName, resid, kind: resolveResid(doc, resid).kind }).toEqual({
        element: element.localName,
        resid,
        kind: RESID_KIND[element.localName],
      });
    }
    const used = new Set(residUsers().map((element) => element.getAttribute("resid")));
    expect(resources(doc).filter((resource) => !used.has(resource.id))).toEqual([]);
  });

  it("shows its strings in Traditional Chinese by default, with English overrides", () => {
    expect(one(doc, "DefaultLocale").textContent).toBe("zh-TW");
    const texts = [
      ...["DisplayName", "Description"].map((name) => {
        const [element] = children(doc.documentElement, name);
        const override = element && children(element, "Override")[0];
        return {
          value: element?.getAttribute("DefaultValue") ?? "",
          en: override?.getAttribute("Value") ?? "",
        };
      }),
      ...resources(doc)
        .filter(
          (r) => (r.kind === "ShortStrings" || r.kind === "LongStrings") && r.id !== "Functions.Namespace",
        )
        .map((r) => ({ value: r.value, en: r.overrides["en-US"] ?? "" })),
    ];
    for (const { value, en } of texts) {
      expect(value).toMatch(HAN);
      expect(en).toMatch(/^[\x20-\x7e→]+$/);
    }
  });

  it("runs task pane and custom functions in one long-lived shared runtime", () => {
    const set = children(one(one(doc, "Requirements"), "Sets"), "Set");
    expect(set.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["SharedRuntime", "1.1"],
    ]);

    const host = all(one(doc, "VersionOverrides"), "Host").find((h) => xsiType(h) === "Workbook");
    if (!host) throw new Error("no Workbook host in VersionOverrides");
    expect(host.firstElementChild?.localName).toBe("Runtimes"); // Office requires this order
    const runtime = one(host, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
    const taskpaneUrl = residUrl(runtime);
    expect(taskpaneUrl).toBe(`${DEV_BASE_URL}/taskpane.html`);
    expect(one(one(doc, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(taskpaneUrl);

    const functions = all(host, "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions");
    expect(functions).toHaveLength(1);
    const [extension] = functions as [Element];
    const source = (name: string): string => residUrl(one(one(extension, name), "SourceLocation"));
    expect(source("Script")).toBe(`${DEV_BASE_URL}/functions.js`);
    expect(source("Page")).toBe(taskpaneUrl);
    expect(source("Metadata")).toBe(`${DEV_BASE_URL}/functions.json`);
    expect(residUrl(one(host, "FunctionFile"))).toBe(taskpaneUrl);
  });

  it("has a Home tab button that shows the task pane of the shared runtime", () => {
    const surface = all(doc, "ExtensionPoint").find((e) => xsiType(e) === "PrimaryCommandSurface");
    if (!surface) throw new Error("no ribbon extension point");
    expect(one(surface, "OfficeTab").getAttribute("id")).toBe("TabHome");
    const button = one(surface, "Control");
    expect(xsiType(button)).toBe("Button");
    const action = one(button, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(one(action, "SourceLocation").getAttribute("resid")).toBe("Taskpane.Url");
  });

  it("uses https for every URL", () => {
    const found = urls();
    expect(found.length).toBeGreaterThan(8);
    for (const { where, url } of found)
      expect({ where, protocol: new URL(url).protocol }).toEqual({ where, protocol: "https:" });
  });

  it("references icons that exist in assets/ at the stated pixel sizes", () => {
    const uses = [
      { url: one(doc, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: one(doc, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
      ...all(doc, "Image")
        .filter((image) => image.hasAttribute("size"))
        .map((image) => ({ url: residUrl(image), size: Number(image.getAttribute("size")) })),
    ];
    expect(new Set(uses.map((use) => use.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of uses)
      expect({ url, size: pngSize(assetFor(url)) }).toEqual({ url, size: { width: size, height: size } });
    for (const size of ICON_SIZES) {
      expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("puts the custom functions in the COMPETENCY namespace", () => {
    const namespace = resolveResid(doc, one(doc, "Namespace").getAttribute("resid") ?? "");
    expect(namespace).toEqual({
      kind: "ShortStrings",
      id: "Functions.Namespace",
      value: "COMPETENCY",
      overrides: {},
    });
  });

  it("gives every custom function an uppercase, unique id and name that fit the namespace", async () => {
    const result = await generateCustomFunctionsMetadata(join(ROOT, "src", "functions", "functions.ts"));
    expect(result.errors).toEqual([]);
    const { functions } = JSON.parse(result.metadataJson) as { functions: { id: string; name: string }[] };
    expect(functions.length).toBeGreaterThan(0);
    for (const { id, name } of functions) {
      expect(id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(name).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(`COMPETENCY.${name}`.length).toBeLessThanOrEqual(255);
    }
    expect(new Set(functions.map((f) => f.id)).size).toBe(functions.length);
    expect(new Set(functions.map((f) => f.name)).size).toBe(functions.length);
  });
});

describe("the production manifest", () => {
  const production = rebaseUrls(MANIFEST_TEXT, DEV_BASE_URL, productionBaseUrl({}));

  it("has no localhost URL left", () => {
    expect(production).not.toMatch(/localhost/i);
  });

  it("stays well-formed and serves everything from the production origin over https", () => {
    const productionDoc = parseXml(production);
    expect(one(productionDoc, "Id").textContent).toBe(one(doc, "Id").textContent);
    const origin = new URL(productionBaseUrl({})).origin;
    // The "learn more" link is the only external page: it goes to the official iCAP site.
    const served = resources(productionDoc).filter(
      (r) => (r.kind === "Images" || r.kind === "Urls") && r.id !== "GetStarted.LearnMoreUrl",
    );
    expect(served.length).toBeGreaterThan(5);
    for (const resource of served) expect(new URL(resource.value).origin).toBe(origin);
  });
});

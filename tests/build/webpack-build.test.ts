/**
 * A real production build (what `npm run build` does) into a temporary directory: checks that
 * dist/ holds everything Excel and the offline preview need.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Stats } from "webpack";
import { productionBaseUrl } from "../../scripts/addin-urls";
import { CONTENT_SECURITY_POLICY, type PolicyDirectives } from "../../scripts/content-security-policy";
import { ICON_SIZES } from "../../scripts/icon";
import { pngSize } from "../../scripts/png";
import { readSeedStandards } from "../../scripts/seed-standards";
import { loadWebpackConfig } from "../../scripts/webpack-config";

const PRODUCTION_URL = "https://addins.example.tw/competency";

// A cold build without webpack's cache (the browser tests share a cached one): Griffel's
// build-time CSS extraction runs Babel over Fluent's style files, about a minute on two cores.
jest.setTimeout(240_000);

/** "a x y; b z" → { a: ["x", "y"], b: ["z"] }: how a browser splits a policy into directives. */
function parsePolicy(text: string): PolicyDirectives {
  return Object.fromEntries(
    text
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe("the production build", () => {
  let out: string;
  const read = (file: string): string => readFileSync(join(out, file), "utf8");

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "addin-dist-"));
    const saved = process.env.ADDIN_PRODUCTION_URL;
    process.env.ADDIN_PRODUCTION_URL = PRODUCTION_URL;
    try {
      const config = await loadWebpackConfig("production");
      const stats = await new Promise<Stats>((resolve, reject) =>
        webpack({ ...config, output: { ...config.output, path: out } }).run((error, result) =>
          error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
        ),
      );
      expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PRODUCTION_URL;
      else process.env.ADDIN_PRODUCTION_URL = saved;
    }
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes one page that loads office.js first, then both bundles", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((tag) => tag[0]).join("\n");
    const positions = [
      "appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ].map((needle) => scripts.indexOf(needle));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toMatch(/<script[^>]*\bdefer\b[^>]*src="?functions\.js/);
    expect(html).toMatch(/<script[^>]*\bdefer\b[^>]*src="?taskpane\.js/);
    // Offline, an inline script right after the CDN's tag swaps it for the local copy, before
    // the deferred bundles run.
    expect(html).toMatch(
      /office\.js"?><\/script><script>[^<]*document\.write\('<script src="office\.js"><\\\/script>'\)[^<]*<\/script><script defer/,
    );
    // The bundles and the stylesheet download beside office.js, not after it has run.
    const cdn = html.indexOf("<script id");
    for (const file of ["functions.js", "taskpane.js"]) {
      expect(html.indexOf(`<link rel=preload as=script href=${file}>`)).toBeGreaterThan(0);
      expect(html.indexOf(`<link rel=preload as=script href=${file}>`)).toBeLessThan(cdn);
    }
    expect(html.indexOf("<link rel=preload as=style href=griffel.css>")).toBeLessThan(cdn);
    expect(existsSync(join(out, "functions.js"))).toBe(true);
    expect(existsSync(join(out, "taskpane.js"))).toBe(true);
  });

  it("loads the pane's libraries as files V8 is told to compile whole, in the background", () => {
    const html = read("taskpane.html");
    const deferred = [...html.matchAll(/<script defer src="?([^">]+)"?>/g)].map((tag) => tag[1]);
    expect(deferred).toEqual(["functions.js", "react-dom.js", "vendors.js", "taskpane.js"]);
    const hint = "//# allFunctionsCalledOnLoad\n";
    for (const file of ["react-dom.js", "vendors.js"]) {
      expect(html).toContain(`<link rel=preload as=script href=${file}>`);
      expect(read(file).startsWith(hint)).toBe(true);
    }
    // The app's own code, mostly views not shown yet, is still compiled as it is first called.
    for (const file of ["functions.js", "taskpane.js"]) expect(read(file)).not.toContain(hint);
    expect(read("react-dom.js")).toContain("react.dev/errors");
    expect(read("taskpane.js")).not.toContain("react.dev/errors");
    // The hint went in before the source map was made: the map still points into React DOM.
    const map = JSON.parse(read("react-dom.js.map")) as { sources: string[]; mappings: string };
    // Lines: the hint, Terser's licence comment, then the code, the first line with mappings.
    expect(
      map.mappings
        .split(";")
        .slice(0, 3)
        .map((line) => line !== ""),
    ).toEqual([false, false, true]);
    expect(map.sources.some((source) => source.includes("node_modules/react-dom/"))).toBe(true);
  });

  it("carries the Content-Security-Policy, before anything it governs; one inline script, by its hash", () => {
    const html = read("taskpane.html");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)">/.exec(html);
    expect(html.indexOf(meta![0])).toBeLessThan(html.search(/<script|<link/));

    // The policy is the one definition's, with the SHA-256 of the page's only inline script (the
    // offline fallback) as it stands in the page: a browser runs it, and no other inline code.
    const inline = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((match) => match[1]!);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain("document.write");
    const hash = `'sha256-${createHash("sha256").update(inline[0]!).digest("base64")}'`;
    const directives = parsePolicy(meta![1]!);
    expect(directives).toEqual({
      ...CONTENT_SECURITY_POLICY,
      "script-src": [...CONTENT_SECURITY_POLICY["script-src"]!, hash],
    });
    expect(meta![1]).not.toContain("'unsafe-eval'");
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'self'"]);
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://ajax.aspnetcdn.com",
      hash,
    ]);
    expect(directives["worker-src"]).toEqual(["'self'", "blob:"]);
    expect(directives["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    // Every other script is a file; no element carries an event handler.
    expect(html.match(/<script[^>]*>/g)!.filter((tag) => !/\ssrc=/.test(tag))).toEqual(["<script>"]);
    expect(html).not.toMatch(/<script[^>]+>[^<]/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("copies office.js and what it loads outside Office, for the offline fallback", () => {
    const officeDir = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
    for (const file of ["office.js", "o15apptofilemappingtable.js"]) {
      expect(read(file)).toBe(readFileSync(join(officeDir, file), "utf8"));
    }
  });

  it("generates functions.json from the JSDoc and registers each function", () => {
    const { functions } = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    expect(functions.length).toBeGreaterThan(0);
    const bundle = read("functions.js");
    for (const { id } of functions) expect(bundle).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("copies the icons", () => {
    for (const size of ICON_SIZES) {
      expect(pngSize(readFileSync(join(out, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("writes the manifest with the production URL instead of localhost", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(
      `<SourceLocation DefaultValue="${productionBaseUrl({ ADDIN_PRODUCTION_URL: PRODUCTION_URL })}/taskpane.html"`,
    );
  });

  it("embeds the bundled standards, parsed at build time", () => {
    const scripts = readdirSync(out)
      .filter((file) => file.endsWith(".js"))
      .map(read)
      .join("\n");
    for (const standard of readSeedStandards().standards) expect(scripts).toContain(standard.code);
  });
});

/**
 * The page's policy allows its inline scripts by hash and nothing else inline; the build puts it
 * into the finished page (tests/build/webpack-build.test.ts checks the real page).
 */
import { createHash } from "node:crypto";
import {
  CONTENT_SECURITY_POLICY,
  inlineScripts,
  pagePolicy,
  serializePolicy,
  withPagePolicy,
} from "../../scripts/content-security-policy";

const meta = (policy: string): string => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const sha256 = (code: string): string => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

const FALLBACK = `if(!window.Office){document.write('<script src="office.js"><\\/script>')}`;
const PAGE = `<head>${meta(serializePolicy(CONTENT_SECURITY_POLICY))}<script src="a.js"></script><script>${FALLBACK}</script><script defer src="b.js"></script></head>`;

describe("the page's Content-Security-Policy", () => {
  it("finds the code of inline scripts only, up to the real end tag", () => {
    expect(inlineScripts(PAGE)).toEqual([FALLBACK]);
    expect(inlineScripts(`<script src="a.js"></script>`)).toEqual([]);
  });

  it("adds one SHA-256 source per inline script to script-src and changes nothing else", () => {
    const policy = pagePolicy(PAGE);
    expect(policy["script-src"]).toEqual([...CONTENT_SECURITY_POLICY["script-src"]!, sha256(FALLBACK)]);
    expect({ ...policy, "script-src": CONTENT_SECURITY_POLICY["script-src"] }).toEqual(
      CONTENT_SECURITY_POLICY,
    );
    expect(pagePolicy("<script>a()</script><script>b()</script>")["script-src"]!.slice(-2)).toEqual([
      sha256("a()"),
      sha256("b()"),
    ]);
  });

  it("writes the page's policy into its meta tag, and refuses a page without the policy", () => {
    const page = withPagePolicy(PAGE);
    expect(page).toContain(meta(serializePolicy(pagePolicy(PAGE))));
    expect(page).not.toContain(meta(serializePolicy(CONTENT_SECURITY_POLICY)));
    expect(page.replace(/<meta[^>]*>/, "")).toBe(PAGE.replace(/<meta[^>]*>/, ""));
    expect(() => withPagePolicy(`<head><script>${FALLBACK}</script></head>`)).toThrow(
      "The page does not carry the Content-Security-Policy.",
    );
  });
});

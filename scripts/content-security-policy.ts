import { createHash } from "node:crypto";

/**
 * The task pane's Content-Security-Policy: the one definition. webpack.config.js writes it into
 * taskpane.html as a <meta http-equiv>; tests/build and tests/e2e check the page carries it and
 * works under it. Widen a directive here (and only here) when a host needs more.
 */

/** Office.js itself, the host files it loads (excel-web-16.00.js, …), its strings and telemetry SDK. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

export type PolicyDirectives = Readonly<Record<string, readonly string[]>>;

export const CONTENT_SECURITY_POLICY: PolicyDirectives = {
  "default-src": ["'self'"],
  // office.js loads the full MicrosoftAjax.js from ajax.aspnetcdn.com when its own subset is not enough.
  "script-src": ["'self'", OFFICE_CDN, "https://ajax.aspnetcdn.com"],
  // Fluent UI (Griffel) inserts <style> elements; office.js sets style attributes on its frames.
  "style-src": ["'self'", "'unsafe-inline'"],
  // Office.js's Aria telemetry posts (XHR or sendBeacon) to this collector.
  "connect-src": ["'self'", "https://browser.pipe.aria.microsoft.com"],
  // Office.js frames its "add-in not trusted" page from its CDN in Office on the web, and, in hosts
  // that need its Office 2013 mapping table (and in the browser preview), a hidden telemetry proxy.
  "frame-src": [OFFICE_CDN, "https://telemetryservice.firstpartyapps.oaspapps.com"],
  // The PDF reader's worker: a same-origin module worker, or a blob: one.
  "worker-src": ["'self'", "blob:"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

/** `{ "default-src": ["'self'"], … }` → "default-src 'self'; …", as a header or meta tag carries it. */
export function serializePolicy(directives: PolicyDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** The code of each inline <script> (one with no attributes) of a page, as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((match) => match[1]!);
}

/**
 * The policy a page carries: `directives`, with script-src allowing each of the page's inline
 * scripts by its SHA-256, so they run without 'unsafe-inline' and nothing injected can.
 */
export function pagePolicy(
  html: string,
  directives: PolicyDirectives = CONTENT_SECURITY_POLICY,
): PolicyDirectives {
  const hashes = inlineScripts(html).map(
    (code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`,
  );
  return { ...directives, "script-src": [...(directives["script-src"] ?? []), ...hashes] };
}

/**
 * The finished page (webpack.config.js calls it after minifying, which could change an inline
 * script) with its policy's meta tag carrying `pagePolicy`, in place of `directives` alone.
 */
export function withPagePolicy(html: string, directives: PolicyDirectives = CONTENT_SECURITY_POLICY): string {
  const base = serializePolicy(directives);
  if (!html.includes(`content="${base}"`))
    throw new Error("The page does not carry the Content-Security-Policy.");
  return html.replace(`content="${base}"`, `content="${serializePolicy(pagePolicy(html, directives))}"`);
}

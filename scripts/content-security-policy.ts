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

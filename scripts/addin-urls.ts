/** Where the add-in is served: the development origin written in manifest.xml and its replacements. */

export function devBaseUrl(port: number): string {
  return `https://localhost:${port}`;
}

export const DEV_PORT = 3000;
export const DEV_BASE_URL = devBaseUrl(DEV_PORT);
export const DEFAULT_PRODUCTION_URL = "https://competency-standards.example.org";

/**
 * The production base URL: ADDIN_PRODUCTION_URL or the default, without a trailing slash.
 * Office loads add-ins only over https, so anything else is refused.
 */
export function productionBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.ADDIN_PRODUCTION_URL?.trim() || DEFAULT_PRODUCTION_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      [`ADDIN_PRODUCTION_URL 不是網址：${raw}`, `ADDIN_PRODUCTION_URL is not a URL: ${raw}`].join("\n"),
    );
  }
  if (url.protocol !== "https:" || url.search || url.hash) {
    throw new Error(
      `ADDIN_PRODUCTION_URL 必須是 https 網址，不含查詢或錨點 / must be an https URL without query or fragment: ${raw}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

/** Every occurrence of the origin `from` (and not e.g. https://localhost:30001) rewritten to `to`. */
export function rebaseUrls(text: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A function replacer: `to` is a URL, and "$" in it must not act as a replacement pattern.
  return text.replace(new RegExp(`${escaped}(?![\\w.:-])`, "g"), () => to);
}

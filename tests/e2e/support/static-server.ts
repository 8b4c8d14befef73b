import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * A script every HTML page runs first: served from the same origin (so the page's
   * Content-Security-Policy allows it as it is) and placed right after the policy's meta tag.
   * For browsers driven without a way to add scripts before the page's own (WebDriver).
   */
  firstScript?: string;
}

const FIRST_SCRIPT_PATH = "/__first-script.js";
const POLICY_META = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/;

/** The page with `<script src=FIRST_SCRIPT_PATH>` right after its policy (nothing added without one). */
function withFirstScript(html: string): string {
  return html.replace(POLICY_META, (meta) => `${meta}<script src="${FIRST_SCRIPT_PATH}"></script>`);
}

/**
 * Serves `dir` on 127.0.0.1 at a free port; nothing outside it. It refuses to be a proxy (CONNECT
 * closes the connection; an absolute URL is refused), so a browser told to use it as one cannot
 * reach the internet.
 */
export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = normalize(dir + sep);
  const server: Server = createServer((request, response) => {
    // An absolute URL is a request for another site through a proxy.
    if (!request.url?.startsWith("/")) {
      response.writeHead(403).end();
      return;
    }
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (options.firstScript !== undefined && path === FIRST_SCRIPT_PATH) {
      response.writeHead(200, { "Content-Type": TYPES[".js"] }).end(options.firstScript);
      return;
    }
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const extension = extname(file);
        response.writeHead(200, { "Content-Type": TYPES[extension] ?? "application/octet-stream" });
        response.end(
          extension === ".html" && options.firstScript !== undefined
            ? withFirstScript(body.toString("utf8"))
            : body,
        );
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

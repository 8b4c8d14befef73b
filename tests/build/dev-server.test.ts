import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { ensureDevCertificates, type HttpsOptions } from "../../scripts/dev-certs";
import { devServerOptions } from "../../scripts/dev-server-options";
import { portIsFree } from "../../scripts/port";
import { loadWebpackConfig } from "../../scripts/webpack-config";

jest.setTimeout(180_000);

/** An https GET trusting only the test's own CA, as a browser that trusts the dev CA would. */
function fetchText(url: string, ca: Buffer): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] ?? "", body }),
      );
    }).on("error", reject);
  });
}

let dir: string;
let https: HttpsOptions;
let server: WebpackDevServer;
let base: string;

beforeAll(async () => {
  jest.spyOn(console, "log").mockImplementation(() => undefined); // "certificates have been generated"
  dir = mkdtempSync(join(tmpdir(), "dev-server-"));
  https = await ensureDevCertificates({
    ca: join(dir, "ca.crt"),
    cert: join(dir, "localhost.crt"),
    key: join(dir, "localhost.key"),
  });
  let port = 3300;
  while (!(await portIsFree(port))) port++;
  // The development build as `npm start` makes it, served with npm start's options.
  const config = await loadWebpackConfig("development");
  const compiler = webpack({ ...config, infrastructureLogging: { level: "error" }, stats: "none" });
  server = new WebpackDevServer({ ...devServerOptions(https), port, client: false, hot: false }, compiler);
  await server.start();
  await new Promise<void>((resolve) => server.middleware!.waitUntilValid(() => resolve()));
  base = `https://localhost:${port}`;
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

test("https://localhost/ answers with the task pane, not Cannot GET /", async () => {
  const root = await fetchText(`${base}/`, https.ca);
  expect(root.status).toBe(200);
  expect(root.type).toMatch(/^text\/html/);
  expect(root.body).not.toContain("Cannot GET");
  expect(root.body).toContain('<div id="root"');
  expect(root.body).toMatch(/<script[^>]+src="[^"]*taskpane\.js"/);
  // The same page as /taskpane.html, whose relative URLs work from the root too.
  expect((await fetchText(`${base}/taskpane.html`, https.ca)).body).toBe(root.body);
  expect((await fetchText(`${base}/taskpane.js`, https.ca)).status).toBe(200);
  const manifest = await fetchText(`${base}/manifest.xml`, https.ca);
  expect(manifest.status).toBe(200);
  expect(manifest.body).toContain("https://localhost:3000/taskpane.html");
});

/**
 * `npm start`: serves a development build at https://localhost:3000 and sideloads the add-in into
 * desktop Excel (Windows, macOS) or explains how to upload it to Excel on the web (elsewhere).
 * Options: --port <n> (the sideloaded manifest follows it), --no-sideload.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logErrorMessage } from "office-addin-cli";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { DEV_BASE_URL, devBaseUrl, rebaseUrls } from "./addin-urls";
import { caTrustReminder } from "./dev-certs";
import { removeSideload, sideload } from "./sideload";
import { manifestId, sideloadTarget, startMessage } from "./sideload-plan";
import { portInUseMessage, portIsFree } from "./port";
import { parseStartOptions } from "./start-options";
import { loadWebpackConfig } from "./webpack-config";

const MANIFEST = join(__dirname, "..", "manifest.xml");

/** manifest.xml itself, or a copy pointing at another port (the original stays untouched). */
function manifestFor(baseUrl: string): string {
  if (baseUrl === DEV_BASE_URL) return MANIFEST;
  const copy = join(tmpdir(), "competency-standards-manifest.xml");
  writeFileSync(copy, rebaseUrls(readFileSync(MANIFEST, "utf8"), DEV_BASE_URL, baseUrl));
  return copy;
}

async function main(): Promise<void> {
  const options = parseStartOptions(process.argv.slice(2));
  if (!(await portIsFree(options.port))) throw new Error(portInUseMessage(options.port));
  const config = await loadWebpackConfig("development", { WEBPACK_SERVE: true });
  const server = new WebpackDevServer({ ...config.devServer, port: options.port }, webpack(config));
  await server.start();
  // Speak after the first build's report, so the instructions are the last thing on screen.
  await new Promise<void>((resolve) => server.middleware?.waitUntilValid(() => resolve()));

  const baseUrl = devBaseUrl(options.port);
  const manifestPath = manifestFor(baseUrl);
  const target = options.sideload ? sideloadTarget(process.platform) : "web";
  const id = manifestId(readFileSync(manifestPath, "utf8"));
  const reminder = target === "web" ? null : caTrustReminder();
  if (reminder) console.warn(reminder);
  await sideload(target, id, manifestPath);
  console.log(startMessage(target, manifestPath, baseUrl));

  const stop = async (): Promise<void> => {
    await removeSideload(target, id).catch(logErrorMessage);
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  logErrorMessage(error);
  process.exit(1);
});

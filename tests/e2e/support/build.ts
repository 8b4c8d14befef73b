import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve as resolvePath } from "node:path";
import webpack, { type FileCacheOptions, type Stats } from "webpack";
import { loadWebpackConfig } from "../../../scripts/webpack-config";

export interface Build {
  dir: string;
  stats: Stats;
  remove(): void;
}

const ROOT = resolvePath(__dirname, "..", "..", "..");

/**
 * webpack's own persistent cache, one per checkout: the browser tests each build, and the second
 * build of unchanged sources reuses the first's modules and minified output.
 */
const CACHE: FileCacheOptions = {
  type: "filesystem",
  cacheDirectory: join(
    tmpdir(),
    `taskpane-e2e-webpack-cache-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}`,
  ),
  buildDependencies: { config: [join(ROOT, "webpack.config.js")] },
};

/** `npm run build` (webpack.config.js in production mode) into a fresh temporary directory. */
export async function buildTaskpane(): Promise<Build> {
  const dir = mkdtempSync(join(tmpdir(), "taskpane-build-"));
  const config = await loadWebpackConfig("production");
  const compiler = webpack({ ...config, cache: CACHE, output: { ...config.output, path: dir } });
  const stats = await new Promise<Stats>((resolve, reject) =>
    compiler.run((error, result) =>
      error || !result ? reject(error ?? new Error("webpack returned no stats")) : resolve(result),
    ),
  );
  // Closing writes the cache.
  await new Promise<void>((resolve, reject) =>
    compiler.close((error) => (error ? reject(error) : resolve())),
  );
  const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
  if (errors.length > 0) throw new Error(`The build failed:\n${errors.map((e) => e.message).join("\n")}`);
  return { dir, stats, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The JavaScript files a page loads before it runs the entry point `name` (no lazy chunks). */
export function initialFiles(stats: Stats, name: string): string[] {
  const entry = stats.toJson({ all: false, entrypoints: true }).entrypoints?.[name];
  if (!entry) throw new Error(`No entry point "${name}" in the build`);
  return (entry.assets ?? []).map((asset) => asset.name).filter((file) => file.endsWith(".js"));
}

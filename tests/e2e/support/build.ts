import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Stats } from "webpack";
import { loadWebpackConfig } from "../../../scripts/webpack-config";

export interface Build {
  dir: string;
  stats: Stats;
  remove(): void;
}

/** `npm run build` (webpack.config.js in production mode) into a fresh temporary directory. */
export async function buildTaskpane(): Promise<Build> {
  const dir = mkdtempSync(join(tmpdir(), "taskpane-build-"));
  const config = await loadWebpackConfig("production");
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack({ ...config, output: { ...config.output, path: dir } }).run((error, result) =>
      error || !result ? reject(error ?? new Error("webpack returned no stats")) : resolve(result),
    ),
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

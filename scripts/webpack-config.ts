/** Typed access to webpack.config.js for scripts and tests. */
import { createRequire } from "node:module";
import type { Configuration } from "webpack";

export type WebpackMode = "development" | "production";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: WebpackMode }) => Promise<Configuration>;

/** Calls the config factory of webpack.config.js as `webpack --mode <mode> --env …` would. */
export function loadWebpackConfig(
  mode: WebpackMode,
  env: Record<string, unknown> = {},
): Promise<Configuration> {
  const factory = createRequire(__filename)("../webpack.config.js") as ConfigFactory;
  return factory(env, { mode });
}

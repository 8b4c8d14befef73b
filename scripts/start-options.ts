/** Command-line options of `npm start` (scripts/start.ts). */
import { parseArgs } from "node:util";
import { parseNumber } from "office-addin-cli";
import { DEV_PORT } from "./addin-urls";

export interface StartOptions {
  port: number;
  /** False with --no-sideload: serve only, leave Excel alone. */
  sideload: boolean;
}

export function parseStartOptions(argv: readonly string[]): StartOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: "string" }, "no-sideload": { type: "boolean", default: false } },
    strict: true,
  });
  const invalid = `--port 必須是 1–65535 的整數 / must be a whole number from 1 to 65535: ${values.port}`;
  if (values.port !== undefined && !/^\s*\d+\s*$/.test(values.port)) throw new Error(invalid);
  const port = parseNumber(values.port, invalid) ?? DEV_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(invalid);
  return { port, sideload: !values["no-sideload"] };
}

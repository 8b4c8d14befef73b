import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's arguments by node:util's parseArgs (options anywhere, `--` ends them, unknown
 * options and missing values refused): its values and positionals, or a UsageError naming the command.
 */
export function parseCommandArgs<T extends Options>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

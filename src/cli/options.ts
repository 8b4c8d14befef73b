import { parseArgs } from "node:util";
import { UsageError, type CommandOptions } from "./io";

/**
 * A command's arguments by node:util's parseArgs (options anywhere, `--` ends them): its values
 * and positionals. An unknown option, a missing value or a value given to a switch is a
 * UsageError naming the command and the option in the user's language (parseArgs' own
 * messages are English only, so the tokens are checked here first).
 */
export function parseCommandArgs<T extends CommandOptions>(
  command: string,
  args: readonly string[],
  options: T,
) {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = options[token.name];
    const name = token.rawName;
    if (!option)
      throw new UsageError({
        zh: `${command}：不認得的選項 ${name}。`,
        en: `${command}: unknown option ${name}.`,
      });
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith("-"));
    if (option.type === "string" && missing)
      throw new UsageError({
        zh: `${command}：選項 ${name} 需要一個值（${option.value ?? "VALUE"}）。`,
        en: `${command}: option ${name} needs a value (${option.value ?? "VALUE"}).`,
      });
    if (option.type === "boolean" && token.value !== undefined)
      throw new UsageError({
        zh: `${command}：選項 ${name} 不接受值。`,
        en: `${command}: option ${name} takes no value.`,
      });
  }
  return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
}

import { UsageError } from "./io";

/** Splits `--name value` options (repeatable) from positional arguments. */
export function takeOptions(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[] = [],
): { options: Map<string, string[]>; flags: Set<string>; positional: string[] } {
  const options = new Map<string, string[]>();
  const seen = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (positional.length === 0 && valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      options.set(arg, [...(options.get(arg) ?? []), value]);
    } else if (positional.length === 0 && flags.includes(arg)) {
      seen.add(arg);
    } else if (positional.length === 0 && arg.startsWith("--") && arg !== "--") {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  return { options, flags: seen, positional };
}

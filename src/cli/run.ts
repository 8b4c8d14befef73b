import { parseArgs } from "node:util";
import { pick } from "../model";
import { callCommand } from "./commands/call";
import { diffCommand } from "./commands/diff";
import { exportCommand } from "./commands/export";
import { matrixUpgradeCommand } from "./commands/matrix-upgrade";
import { parseCommand } from "./commands/parse";
import { portableCommand } from "./commands/portable";
import { schemaCommand } from "./commands/schema";
import { commandHelp, usage } from "./help";
import { chooseLocale, type CliIO, type Command, UsageError } from "./io";

/** Every subcommand, by name. Each lives in commands/, owns its arguments and its help. */
export const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  schema: schemaCommand,
  call: callCommand,
  export: exportCommand,
  diff: diffCommand,
  portable: portableCommand,
  "matrix-upgrade": matrixUpgradeCommand,
};

const HELP_FLAGS = new Set(["--help", "-h", "help"]);

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const { lang, args } = takeLang(argv);
  const locale = chooseLocale(lang, io.env);
  const [name, ...rest] = args;
  if (name === undefined || HELP_FLAGS.has(name)) {
    const asked = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    io.stdout.write(`${asked ? commandHelp(asked, locale) : usage(COMMANDS, locale)}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const unknown = { zh: `不認得的指令「${name}」。`, en: `Unknown command "${name}".` };
    io.stderr.write(`${pick(unknown, locale)}\n${usage(COMMANDS, locale)}\n`);
    return 64;
  }
  const ownArgs = rest.slice(0, rest.includes("--") ? rest.indexOf("--") : undefined);
  if (ownArgs.includes("--help") || ownArgs.includes("-h")) {
    io.stdout.write(`${commandHelp(command, locale)}\n`);
    return 0;
  }
  try {
    return await command.run(rest, { ...io, locale });
  } catch (error) {
    if (error instanceof UsageError) {
      const title = locale === "en" ? "usage:" : "用法：";
      io.stderr.write(`${pick(error.text, locale)}\n${title}\n${commandHelp(command, locale)}\n`);
      return 64;
    }
    throw error;
  }
}

/** `--lang VALUE` (or `--lang=VALUE`), wherever it stands, as parseArgs finds it, and the other arguments. */
function takeLang(argv: string[]): { lang: string | undefined; args: string[] } {
  const { tokens } = parseArgs({
    args: argv,
    options: { lang: { type: "string" } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let lang: string | undefined;
  const dropped = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name !== "lang") continue;
    lang = token.value;
    dropped.add(token.index);
    if (!token.inlineValue && token.value !== undefined) dropped.add(token.index + 1);
  }
  return { lang, args: argv.filter((_arg, i) => !dropped.has(i)) };
}

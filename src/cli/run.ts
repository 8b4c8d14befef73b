import { parseArgs } from "node:util";
import { chooseLocale, type CliIO, type Command, UsageError } from "./io";
import { callCommand } from "./commands/call";
import { DIFF_USAGE, diffCommand } from "./commands/diff";
import { exportCommand } from "./commands/export";
import { MATRIX_UPGRADE_USAGE, matrixUpgradeCommand } from "./commands/matrix-upgrade";
import { parseCommand } from "./commands/parse";
import { PORTABLE_USAGE, portableCommand } from "./commands/portable";
import { schemaCommand } from "./commands/schema";

/** Every subcommand, by name. Each lives in commands/ and owns its arguments. */
const COMMANDS: Record<string, Command> = {
  call: callCommand,
  diff: diffCommand,
  export: exportCommand,
  "matrix-upgrade": matrixUpgradeCommand,
  parse: parseCommand,
  portable: portableCommand,
  schema: schemaCommand,
};

const USAGE = `usage: npm run --silent competency -- COMMAND [--lang zh|en] ARGS…
commands:
  parse FILE…                       the standards of each document as JSON (stdout), diagnostics on stderr
  schema                            the JSON Schema of that output
  call [--workbook FILE.xlsx] [--load FILE]… [--default STANDARD] FUNCTION ARG…
                                    run a COMPETENCY function as Excel does (rows as tab-separated lines)
${DIFF_USAGE}
  export [--load FILE]… [--standard REF]… [--data] --out FILE.xlsx
                                    formatted sheets of the standards (all loaded when none named), --data adds the tidy data sheet
  ${PORTABLE_USAGE}
  export --diff [--load FILE]… OLD NEW --out FILE.xlsx
                                    the changes sheet of two versions
${MATRIX_UPGRADE_USAGE}`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const { lang, args } = takeLang(argv);
  const locale = chooseLocale(lang, io.env);
  const [name, ...rest] = args;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.stderr.write(`${USAGE}\n`);
    return name === undefined || name === "--help" ? 0 : 64;
  }
  try {
    return await command(rest, { ...io, locale });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n${USAGE}\n`);
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

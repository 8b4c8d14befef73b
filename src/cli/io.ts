import type { LocalizedText, Locale } from "../model";

/** What a command may touch, so tests can run commands in-process with captured output. */
export interface CliIO {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string | Uint8Array): unknown };
  env: Record<string, string | undefined>;
}

export interface CliContext extends CliIO {
  locale: Locale;
}

/** One option of a command, as node:util's parseArgs reads it, with its help line. */
export interface CommandOption {
  type: "string" | "boolean";
  multiple?: boolean;
  /** The value's placeholder in the help ("FILE", "N"); string options only. */
  value?: string;
  help: LocalizedText;
}

export type CommandOptions = Record<string, CommandOption>;

/**
 * A subcommand: its help (synopsis lines, a summary and every option, from which run.ts builds
 * the usage text) and its run, which takes its own arguments and returns the exit code.
 */
export interface Command {
  synopsis: readonly string[];
  summary: LocalizedText;
  options: CommandOptions;
  run(args: string[], context: CliContext): Promise<number>;
}

/** Thrown for wrong command-line usage; run.ts prints it with the command's usage and exits 64. */
export class UsageError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

/** zh-TW unless --lang (given as `lang`) or the locale environment says English. */
export function chooseLocale(lang: string | undefined, env: Record<string, string | undefined>): Locale {
  const value = lang ?? env.COMPETENCY_LANG ?? env.LC_ALL ?? env.LANG;
  return value && /^en/i.test(value) ? "en" : "zh";
}

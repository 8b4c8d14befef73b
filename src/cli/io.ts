import type { Locale } from "../model";

/** What a command may touch, so tests can run commands in-process with captured output. */
export interface CliIO {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string | Uint8Array): unknown };
  env: Record<string, string | undefined>;
}

export interface CliContext extends CliIO {
  locale: Locale;
}

/** A subcommand: takes its own arguments, returns the process exit code. */
export type Command = (args: string[], context: CliContext) => Promise<number>;

/** Thrown for wrong command-line usage; run.ts prints it with the usage text and exits 64. */
export class UsageError extends Error {}

/** zh-TW unless --lang (given as `lang`) or the locale environment says English. */
export function chooseLocale(lang: string | undefined, env: Record<string, string | undefined>): Locale {
  const value = lang ?? env.COMPETENCY_LANG ?? env.LC_ALL ?? env.LANG;
  return value && /^en/i.test(value) ? "en" : "zh";
}

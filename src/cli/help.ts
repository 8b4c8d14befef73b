import { pick, type Locale } from "../model";
import type { Command } from "./io";

const HEADER = {
  zh: [
    "用法：npm run --silent competency -- 指令 [--lang zh|en] 引數…",
    "訊息的語言依 --lang、COMPETENCY_LANG、LC_ALL 或 LANG 而定，預設為繁體中文。",
    "每個指令的說明：npm run --silent competency -- 指令 --help",
  ],
  en: [
    "usage: npm run --silent competency -- COMMAND [--lang zh|en] ARGS…",
    "Messages follow --lang, COMPETENCY_LANG, LC_ALL or LANG; 繁體中文 by default.",
    "One command's help: npm run --silent competency -- COMMAND --help",
  ],
};

/** One command's synopsis, summary and every option with its help line. */
export function commandHelp(command: Command, locale: Locale): string {
  const options = Object.entries(command.options).map(([name, option]) => {
    const flag = option.type === "string" ? `--${name} ${option.value ?? "VALUE"}` : `--${name}`;
    return `      ${flag.padEnd(20)} ${pick(option.help, locale)}`;
  });
  return [
    ...command.synopsis.map((line) => `  ${line}`),
    `      ${pick(command.summary, locale)}`,
    ...options,
  ].join("\n");
}

/** The whole usage text: the header, then every command of `commands` in its order. */
export function usage(commands: Record<string, Command>, locale: Locale): string {
  const title = locale === "en" ? "commands:" : "指令：";
  return [
    ...HEADER[locale],
    "",
    title,
    ...Object.values(commands).map((command) => commandHelp(command, locale)),
  ].join("\n");
}

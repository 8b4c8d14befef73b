import { halfWidthPunctuation } from "../../src/model";
import { COMMANDS } from "../../src/cli/run";
import { runInProcess } from "./run-in-process";

describe("help", () => {
  it("is in 繁體中文 by default, in English with --lang en or LANG=en_…, on stdout", async () => {
    const zh = await runInProcess(["--help"]);
    expect(zh).toMatchObject({ code: 0, stderr: "" });
    expect(zh.stdout).toMatch(/^用法：npm run --silent competency -- 指令/);
    const en = await runInProcess(["--lang", "en", "help"]);
    expect(en.stdout).toMatch(/^usage: npm run --silent competency -- COMMAND/);
    expect((await runInProcess([], { LANG: "en_US.UTF-8" })).stdout).toBe(en.stdout);
    expect((await runInProcess([], { LANG: "zh_TW.UTF-8" })).stdout).toBe(zh.stdout);
    expect((await runInProcess(["--lang=zh"], { LANG: "en_US.UTF-8" })).stdout).toBe(zh.stdout);
  });

  it.each(["zh", "en"])("lists every command and every option of each (%s)", async (lang) => {
    const { stdout } = await runInProcess(["--lang", lang, "help"]);
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
      for (const option of Object.keys(command.options))
        expect(stdout).toMatch(new RegExp(`^ {6}--${option}\\b`, "m"));
    }
    for (const line of ["export --matrix", "--units tasks|ks", "--people N", "--data", "--default STANDARD"])
      expect(stdout).toContain(line);
  });

  it("of one command comes from `help COMMAND` or `COMMAND --help`", async () => {
    const asked = await runInProcess(["--lang", "en", "export", "--help"]);
    expect(asked).toMatchObject({ code: 0, stderr: "" });
    expect(asked.stdout).toMatch(/^ {2}export \[--load FILE\]…/);
    expect(asked.stdout).toContain("--people N");
    expect(asked.stdout).not.toContain("  call ");
    expect((await runInProcess(["--lang", "en", "help", "export"])).stdout).toBe(asked.stdout);
  });

  it("in Chinese follows the full-width punctuation rule on every line", async () => {
    const { stdout } = await runInProcess(["help"]);
    const summaries = stdout.split("\n").filter((line) => /\p{Script=Han}/u.test(line));
    expect(summaries.length).toBeGreaterThan(10);
    expect(
      summaries.filter((line) => halfWidthPunctuation(line.replace(/--\S+( \S+)?/, "")).length > 0),
    ).toEqual([]);
  });
});

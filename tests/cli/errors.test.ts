import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toStandardsFile } from "../../src/catalog";
import { halfWidthPunctuation } from "../../src/model";
import { parseSeed, SEED_003 } from "../helpers/seeds";
import { runInProcess, type CliRun } from "./run-in-process";

const dir = mkdtempSync(join(tmpdir(), "cli-errors-"));

function inBoth(...args: string[]): Promise<{ zh: CliRun; en: CliRun }> {
  return Promise.all([runInProcess(["--lang", "zh", ...args]), runInProcess(["--lang", "en", ...args])]).then(
    ([zh, en]) => ({ zh, en }),
  );
}

/** The first stderr line: the message, before any usage text. */
function message(run: CliRun): string {
  return run.stderr.split("\n")[0]!;
}

/** A Chinese message holds no English phrase, no Node error code and no stack, and is punctuated full-width. */
function expectChinese(text: string): void {
  expect(text).not.toMatch(/\b[a-z]{2,} [a-z]{2,}\b|ENOENT|EISDIR|\n\s+at /);
  expect(halfWidthPunctuation(text.replace(/^\S+: /, ""))).toEqual([]);
}

test("an unknown command says which one it did not know, and exits 64", async () => {
  const { zh, en } = await inBoth("frobnicate", "x");
  expect([zh.code, en.code]).toEqual([64, 64]);
  expect(message(zh)).toBe("不認得的指令「frobnicate」。");
  expect(message(en)).toBe('Unknown command "frobnicate".');
  expect(zh.stderr).toContain("  export --matrix");
});

test("an unknown option or a missing value names the command and the option", async () => {
  const unknown = await inBoth("call", "--bogus", "x", "NAME");
  expect(message(unknown.zh)).toBe("call：不認得的選項 --bogus。");
  expect(message(unknown.en)).toBe("call: unknown option --bogus.");
  const missing = await inBoth("export", "--out");
  expect(message(missing.zh)).toBe("export：選項 --out 需要一個值（FILE.xlsx）。");
  expect(message(missing.en)).toBe("export: option --out needs a value (FILE.xlsx).");
  const swallowed = await inBoth("export", "--standard", "--data", "--out", join(dir, "x.xlsx"));
  expect(message(swallowed.en)).toBe("export: option --standard needs a value (REF).");
  const valued = await inBoth("export", "--data=yes", "--out", join(dir, "x.xlsx"));
  expect(message(valued.zh)).toBe("export：選項 --data 不接受值。");
  for (const run of [unknown, missing, swallowed, valued])
    expect([run.zh.code, run.en.code]).toEqual([64, 64]);
});

test("--out into a missing folder is a clear error before any work, not a stack trace", async () => {
  const out = join(dir, "no-such-folder", "sheets.xlsx");
  const { zh, en } = await inBoth("export", "--out", out);
  expect([zh.code, en.code]).toEqual([73, 73]);
  expect(zh.stderr).toBe(`${out}：資料夾「${join(dir, "no-such-folder")}」不存在。\n`);
  expect(en.stderr).toBe(`${out}: the folder "${join(dir, "no-such-folder")}" does not exist.\n`);
  expect(zh.stdout + en.stdout).toBe("");
});

test("--out that is a folder is refused", async () => {
  const folder = join(dir, "a-folder.xlsx");
  mkdirSync(folder);
  const { zh, en } = await inBoth("export", "--out", folder);
  expect([zh.code, en.code]).toEqual([73, 73]);
  expect(zh.stderr).toBe(`${folder}：這是資料夾，不是檔案。\n`);
  expect(en.stderr).toBe(`${folder}: this is a folder, not a file.\n`);
});

test("--out whose extension does not match the format is refused, and nothing is written", async () => {
  const out = join(dir, "sheets.pdf");
  const { zh, en } = await inBoth("export", "--out", out);
  expect([zh.code, en.code]).toEqual([64, 64]);
  expect(message(zh)).toBe(`export：--out 的檔名必須以 .xlsx 結尾（收到「${out}」）。`);
  expect(message(en)).toBe(`export: the --out file name must end in .xlsx (got "${out}").`);
  expect(existsSync(out)).toBe(false);
  const upper = join(dir, "SHEETS.XLSX");
  expect((await runInProcess(["export", "--out", upper, "--standard", "IIS3512-001"])).code).toBe(0);
});

test("usage errors of each command are in the user's language", async () => {
  const cases: [string[], string, string][] = [
    [["call"], "call：沒有指定函數（FUNCTION）。", "call: no FUNCTION given."],
    [["parse"], "parse：沒有指定檔案（FILE）。", "parse: no FILE given."],
    [["export"], "export：必須指定 --out FILE.xlsx。", "export: --out FILE.xlsx is required."],
    [["export", "x", "--out", "a.xlsx"], "export：多出的引數「x」。", "export: unexpected argument x."],
    [
      ["export", "--matrix", "--units", "people", "--out", "a.xlsx"],
      "export：--units 必須是 tasks 或 ks（收到「people」）。",
      'export: --units is tasks or ks (got "people").',
    ],
  ];
  for (const [args, zhText, enText] of cases) {
    const { zh, en } = await inBoth(...args);
    expect([message(zh), zh.code]).toEqual([zhText, 64]);
    expect([message(en), en.code]).toEqual([enText, 64]);
    expect(zh.stderr).toMatch(/\n用法：\n {2}/);
    expectChinese(message(zh));
  }
});

test("a missing --load file says so in the message's language, with no raw ENOENT", async () => {
  const missing = join(dir, "missing.json");
  for (const command of [
    ["call", "--load", missing, "STANDARDS"],
    ["export", "--load", missing, "--out", join(dir, "m.xlsx")],
    ["parse", missing],
  ]) {
    const { zh, en } = await inBoth(...command);
    expect([zh.code, en.code]).toEqual([1, 1]);
    expect(zh.stderr).toBe(`${missing}: 找不到這個檔案。\n`);
    expect(en.stderr).toBe(`${missing}: no such file.\n`);
  }
  const { zh } = await inBoth("call", "--load", dir, "STANDARDS");
  expect(zh.stderr).toBe(`${dir}: 這是資料夾，不是檔案。\n`);
});

test("invalid JSON says where, in the message's language, with no English inside the Chinese message", async () => {
  const broken = join(dir, "broken.json");
  const file = JSON.stringify(toStandardsFile([parseSeed(SEED_003).standard]), null, 2).split("\n");
  file[2] = file[2]!.replace(/,$/, "");
  writeFileSync(broken, file.join("\n"));
  const { zh, en } = await inBoth("call", "--load", broken, "STANDARDS");
  expect([zh.code, en.code]).toEqual([1, 1]);
  expect(zh.stderr).toBe(
    `${broken}:4: error: JSON 格式錯誤：第 4 行第 3 字無法解讀（少了括號、引號或逗號？）。\n`,
  );
  expect(en.stderr).toBe(
    `${broken}:4: error: Malformed JSON: cannot be read at line 4, column 3 (a missing bracket, quote or comma?).\n`,
  );
  const unreadable = join(dir, "unreadable.json");
  writeFileSync(unreadable, '{"standards": tru}');
  const bare = await inBoth("call", "--load", unreadable, "STANDARDS");
  expect(bare.zh.stderr).toBe(
    `${unreadable}:1: error: JSON 格式錯誤：無法解讀（少了括號、引號或逗號？）。\n`,
  );
  expect(bare.en.stderr).toBe(
    `${unreadable}:1: error: Malformed JSON: it cannot be read (a missing bracket, quote or comma?).\n`,
  );
  expectChinese(zh.stderr.replace(/^\S+ error: /, ""));
});

test("JSON that is not the standards format says what does not fit, in Chinese words in Chinese", async () => {
  const wrong = join(dir, "wrong.json");
  writeFileSync(
    wrong,
    JSON.stringify({ format: "competency-standards", version: 1, standards: [{ code: 7 }] }),
  );
  const { zh, en } = await inBoth("call", "--load", wrong, "STANDARDS");
  expect(zh.stderr).toMatch(/^\S+:1: error: JSON 不符合職能基準格式：standards\.0\.code：應為文字；/);
  expect(en.stderr).toMatch(
    /^\S+:1: error: The JSON does not match the standards format: standards\.0\.code: expected text; /,
  );
  expectChinese(zh.stderr.replace(/^\S+ error: /, "").replace(/standards\.0\.\w+/g, "X"));
  const list = join(dir, "list.json");
  writeFileSync(list, "[1]");
  expect((await runInProcess(["call", "--load", list, "STANDARDS"])).stderr).toContain("格式：0：應為物件");
});

test("argument names in function errors match the README (task, not code, for a task argument)", async () => {
  const task = await inBoth("call", "KNOWLEDGE", "");
  expect([task.zh.stderr, task.en.stderr]).toEqual([
    "#VALUE! 缺少引數 task。\n",
    "#VALUE! Argument task is missing.\n",
  ]);
  const code = await inBoth("call", "NAME", "");
  expect([code.zh.stderr, code.en.stderr]).toEqual([
    "#VALUE! 缺少引數 code。\n",
    "#VALUE! Argument code is missing.\n",
  ]);
  const notACode = await inBoth("call", "LEVEL", "XX");
  expect(notACode.zh.stderr).toBe("#VALUE! 「XX」不是代碼（例如 T1.1、K01）。\n");
  const absent = await inBoth("call", "KNOWLEDGE", "T9.9", "INM2521-001v2");
  expect(absent.zh.stderr).toBe(
    "#N/A T9.9 不是 INM2521-001v2 雲端架構工程人員 的工作任務；現有：T1.1、T2.1、T2.2、T2.3\n",
  );
  expectChinese(absent.zh.stderr.replace(/^#N\/A /, ""));
});

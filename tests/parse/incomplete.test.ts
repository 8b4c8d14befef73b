import type { Diagnostic } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { seedText, SEED_000, SEED_003 } from "../helpers/seeds";

/** [line, severity, id] of every diagnostic, in order. */
function found(diagnostics: readonly Diagnostic[]): Array<[number, string, string]> {
  return diagnostics.map((d) => [d.line, d.severity, d.id]);
}

function firstLines(seed: string, count: number): string {
  return seedText(seed).split("\n").slice(0, count).join("\n");
}

describe("an incomplete document is never stored silently", () => {
  test("the first 60 of 265 lines of seed 003: one task cut before its level, no K, S or A at all", () => {
    expect(seedText(SEED_003).match(/\n/g)).toHaveLength(265);
    const { standard, diagnostics } = parseStandard(firstLines(SEED_003, 60));
    expect(standard.code).toBe("IIS3512-001v1");
    expect(standard.duties.flatMap((d) => d.tasks).map((t) => t.code)).toEqual(["T1.1"]);
    expect(found(diagnostics)).toEqual([
      [48, "error", "missing-level"],
      [48, "warning", "missing-knowledge-skills"],
      [60, "warning", "missing-attitudes"],
      [60, "error", "no-competencies"],
    ]);
    const [level] = diagnostics;
    expect(level!.message).toEqual({
      zh: "工作任務 T1.1 有一組行為指標沒有職能級別。",
      en: "A block of task T1.1 has no competency level.",
    });
  });

  test.each([
    [SEED_003, 100, "T1.2"],
    [SEED_003, 200, "T2.2"],
  ])("%s cut after %i lines: errors, never a silent half document", (seed, count, lastTask) => {
    const { standard, diagnostics } = parseStandard(firstLines(seed, count));
    expect(standard.duties.flatMap((d) => d.tasks).at(-1)!.code).toBe(lastTask);
    expect(diagnostics.filter((d) => d.severity === "error").length).toBeGreaterThan(0);
  });

  test("a standard without duties is an error", () => {
    const lines = seedText(SEED_000).split("\n");
    const table = lines.findIndex((l) => l.startsWith("主要職責"));
    const text = [
      ...lines.slice(0, table + 1),
      ...lines.slice(lines.findIndex((l) => l.startsWith("職能內涵 (A"))),
    ];
    const { diagnostics } = parseStandard(text.join("\n"));
    expect(found(diagnostics)).toContainEqual([table + 1, "error", "no-duties"]);
  });

  test("a block without indicators is an error at the block's line", () => {
    const text = seedText(SEED_003).replace(/P2\.1\.1 新產品上線[\s\S]*?雲端產品操作步驟。/, "");
    const { diagnostics } = parseStandard(text);
    expect(found(diagnostics)).toEqual([[138, "error", "missing-indicators"]]);
  });

  test("a code listed in a block and named nowhere is an error at its first mention", () => {
    const text = seedText(SEED_000).replaceAll(/K09雲端服務架構規劃/g, "K09");
    const { standard, diagnostics } = parseStandard(text);
    expect(standard.knowledge.find((k) => k.code === "K09")).toEqual({ code: "K09", name: "", details: [] });
    expect(found(diagnostics)).toEqual([[22, "error", "missing-name"]]);
    expect(diagnostics[0]!.message).toEqual({
      zh: "知識 K09 在文件中沒有名稱。",
      en: "Knowledge item K09 is named nowhere in the document.",
    });
  });

  test("a code named at one mention and listed by code alone elsewhere is complete", () => {
    const text = seedText(SEED_000).replace("K13雲端資訊管理系統\tS01", "K13\tS01");
    expect(parseStandard(text).diagnostics).toEqual([]);
  });

  test("a task without outputs, or without K and S items, is a warning", () => {
    const text = seedText(SEED_000)
      .replace("O2.3.1雲端系統測試報告", "")
      .replace(/(P2\.3\.3完成雲端系統測試報告。\t4\t)[^\t]*\t[^\n]*/, "$1\t");
    const { diagnostics } = parseStandard(text);
    const line = seedText(SEED_000)
      .split("\n")
      .findIndex((l) => l.startsWith("\tT2.3"));
    expect(found(diagnostics)).toEqual([
      [line + 1, "warning", "missing-outputs"],
      [line + 1, "warning", "missing-knowledge-skills"],
    ]);
  });
});

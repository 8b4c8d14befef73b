import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic, Duty, Standard, Task } from "../../src/model";
import { parseStandard } from "../../src/parse";
import { fixtureText, ROOT } from "../helpers/seeds";

/**
 * Script Lab's habit: every document fixture `name.txt` that has a `name.expected.json` beside it
 * is parsed and compared with the fields that file names. `standard` holds top-level fields of
 * the Standard, `duties` the duties' [code, name], `tasks` whole tasks by code, `diagnostics`
 * every diagnostic in order (line, severity, id, and the English message where given).
 */
interface Expected {
  rule: string;
  standard?: Partial<Standard>;
  duties?: Array<[string, string]>;
  tasks?: Record<string, Omit<Task, "code">>;
  diagnostics: Array<Pick<Diagnostic, "line" | "severity" | "id"> & { en?: string }>;
}

const DIR = join(ROOT, "tests", "fixtures", "documents");
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, "");
    return [name, JSON.parse(readFileSync(join(DIR, f), "utf8")) as Expected] as const;
  });

function tasksOf(duties: readonly Duty[]): Map<string, Task> {
  return new Map(duties.flatMap((d) => d.tasks).map((t) => [t.code, t]));
}

test("every fixture with an expected file is covered, in both seed styles", () => {
  const names = cases.map(([name]) => name);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const twin = name.startsWith("tab-") ? name.replace(/^tab-/, "pdf-") : name.replace(/^pdf-/, "tab-");
    expect(names).toContain(twin);
  }
});

describe.each(cases)("%s", (name, expected) => {
  const { standard, diagnostics } = parseStandard(fixtureText(`${name}.txt`));

  test(`${expected.rule}: the standard`, () => {
    for (const [key, value] of Object.entries(expected.standard ?? {})) {
      expect([key, standard[key as keyof Standard]]).toEqual([key, value]);
    }
    if (expected.duties) expect(standard.duties.map((d) => [d.code, d.name])).toEqual(expected.duties);
    const tasks = tasksOf(standard.duties);
    for (const [code, task] of Object.entries(expected.tasks ?? {})) {
      expect(tasks.get(code)).toEqual({ code, ...task });
    }
  });

  test(`${expected.rule}: the diagnostics`, () => {
    expect(
      diagnostics.map((d) => {
        const wanted = expected.diagnostics.find((e) => e.line === d.line && e.id === d.id);
        const shown: Record<string, unknown> = { line: d.line, severity: d.severity, id: d.id };
        if (wanted?.en !== undefined) shown.en = d.message.en;
        return shown;
      }),
    ).toEqual(expected.diagnostics);
    for (const d of diagnostics) {
      expect(d.message.zh).toMatch(/[\u4E00-\u9FFF]/);
      expect(d.message.en).toMatch(/[A-Za-z]/);
    }
  });
});

import type { Attitude, Notes, Standard, VersionEntry } from "../../src/model";
import { parseSeed } from "../helpers/seeds";

/** [duty, task, task name, level, outputs, indicators, knowledge codes, skill codes] per level block. */
export type BlockRow = [string, string, string, number, string[][], string[][], string[], string[]];

/** What a document says, written out by hand from its text. */
export interface Golden {
  header: Pick<
    Standard,
    | "code"
    | "name"
    | "title"
    | "nameCategory"
    | "nameOccupation"
    | "category"
    | "occupation"
    | "industry"
    | "description"
    | "level"
  >;
  versions: VersionEntry[];
  duties: string[][];
  blocks: BlockRow[];
  /** [code, name, sub-bullets] */
  knowledge: Array<[string, string, string[]]>;
  skills: Array<[string, string, string[]]>;
  attitudes: Attitude[];
  notes: Notes;
}

/** Golden tests of one seed, field by field (not a snapshot). */
export function goldenTests(seed: string, golden: Golden): void {
  const { standard, diagnostics } = parseSeed(seed);

  test("parses without diagnostics", () => {
    expect(diagnostics).toEqual([]);
  });

  test("header fields", () => {
    const {
      code,
      name,
      title,
      nameCategory,
      nameOccupation,
      category,
      occupation,
      industry,
      description,
      level,
    } = standard;
    expect({
      code,
      name,
      title,
      nameCategory,
      nameOccupation,
      category,
      occupation,
      industry,
      description,
      level,
    }).toEqual(golden.header);
  });

  test("version history", () => {
    expect(standard.versions).toEqual(golden.versions);
  });

  test("duties", () => {
    expect(standard.duties.map((d) => [d.code, d.name])).toEqual(golden.duties);
  });

  const rows = standard.duties.flatMap((d) => d.tasks.flatMap((t) => t.blocks.map((b) => ({ d, t, b }))));
  test("one row per level block", () => {
    expect(rows).toHaveLength(golden.blocks.length);
  });

  test.each(golden.blocks.map((row, i) => [row[1], i, row] as const))(
    "task %s block %#",
    (_code, i, expected) => {
      const { d, t, b } = rows[i]!;
      const outputs = b.outputs.map((o) => [o.code, o.name]);
      const indicators = b.indicators.map((p) => [p.code, p.text]);
      expect([d.code, t.code, t.name, b.level, outputs, indicators, b.knowledge, b.skills]).toEqual(expected);
    },
  );

  test("knowledge items with names", () => {
    expect(standard.knowledge.map((k) => [k.code, k.name, k.details])).toEqual(golden.knowledge);
  });

  test("skill items with names", () => {
    expect(standard.skills.map((k) => [k.code, k.name, k.details])).toEqual(golden.skills);
  });

  test("every attitude with its description", () => {
    expect(standard.attitudes).toEqual(golden.attitudes);
  });

  test("notes", () => {
    expect(standard.notes).toEqual(golden.notes);
  });
}

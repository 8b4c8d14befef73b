import { loadDocument, standardSchemas } from "../../src/catalog";
import { hasErrors } from "../../src/model";
import fc from "fast-check";
import { parseStandard } from "../../src/parse";
import { seedText, SEED_000, SEED_003 } from "../helpers/seeds";

/** Pieces that steer the parser into its branches: codes, header words, markers, separators. */
const VOCABULARY = [
  "T1",
  "T1.1",
  "T2.3",
  "O1.1.1",
  "Ｏ1.2.2",
  "P1.1.1",
  "P2.2.5",
  "K01",
  "Ｋ０３",
  "K8s",
  "S3",
  "S01",
  "A01",
  "A1 ",
  "主要職責",
  "工作任務",
  "工作活動",
  "工作產出",
  "行為指標",
  "職能",
  "級別",
  "(K=knowledge 知識)",
  "(S=skills 技能)",
  "職能內涵（A=attitude 態度）",
  "說明與補充事項",
  "建議擔任",
  "其他補充說明：",
  "【註１】",
  "第 2 頁,總共 6 頁",
  "職能基準代碼",
  "職類別",
  "職類別代碼",
  "基準級別",
  "工作描述",
  "V2",
  "INM2521-001v2",
  "2024/12/15",
  "3",
  "4 ",
  "雲端",
  "系統",
  "。",
  "：",
  ":",
  "•",
  "-",
  "\uF09F",
  " ",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  "\uFEFF",
  "\u00A0",
  "\f",
  "O\n1.1.9",
  "K\n03",
  "S 01",
  "04.2.1",
  "1.1.2 ",
  "設 備 基 本 資 料",
  "A01 團隊合作、A02 主動積極，A03",
  "T1.1 任務 T1.2 任務",
];

const token = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);
const documentText = fc.array(token, { maxLength: 400 }).map((parts) => parts.join(""));

function expectWellFormed(text: string): void {
  const result = parseStandard(text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.message.zh.length).toBeGreaterThan(0);
    expect(d.message.en.length).toBeGreaterThan(0);
  }
  // Whatever the input, a standard is either of the documented JSON format or refused with an error.
  const loaded = loadDocument(text, "document.txt");
  const fits = standardSchemas().standard.safeParse(loaded.standards[0]).success;
  expect([fits, hasErrors(loaded.diagnostics)]).not.toEqual([false, false]);
}

test("random documents never throw and give diagnostics inside the document", () => {
  fc.assert(fc.property(documentText, expectWellFormed), { numRuns: 400 });
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: documentText }),
  fc.record({ kind: fc.constant("swapLines" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("duplicateLine" as const), a: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case "delete": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "swapLines":
    case "duplicateLine": {
      const lines = text.split("\n");
      const a = m.a % lines.length;
      if (m.kind === "duplicateLine") lines.splice(a, 0, lines[a]!);
      else {
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      return lines.join("\n");
    }
  }
}

test.each([SEED_000, SEED_003])("mutated %s never throws", (seed) => {
  const original = seedText(seed);
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
      expectWellFormed(mutations.reduce(mutate, original));
    }),
    { numRuns: 300 },
  );
});

/** Every CJK character of the chosen lines spaced out, as justified PDF text comes out. */
function spaceOut(text: string, chosen: ReadonlySet<number>): string {
  return text
    .split("\n")
    .map((line, i) => (chosen.has(i) ? line.replace(/([\u4E00-\u9FFF])(?=[\u4E00-\u9FFF])/g, "$1 ") : line))
    .join("\n");
}

/** The chosen codes' letters split from their digits: by a line break in PDF text, a space in a cell. */
function splitCodes(text: string, chosen: ReadonlySet<number>, separator: string): string {
  let n = 0;
  return text.replace(
    /(^|[ \t])([OPKS])(\d{1,2}(?:\.\d{1,2}\.\d{1,2})?)(?![\d.])/gm,
    (whole, before, letter, digits) => (chosen.has(n++) ? `${before}${letter}${separator}${digits}` : whole),
  );
}

const lineSets = fc.uniqueArray(fc.nat({ max: 300 }), { maxLength: 80 }).map((l) => new Set(l));

test.each([SEED_000, SEED_003])(
  "%s with any lines spaced out character by character reads the same",
  (seed) => {
    const text = seedText(seed);
    const expected = parseStandard(text);
    fc.assert(
      fc.property(lineSets, (chosen) => {
        expect(parseStandard(spaceOut(text, chosen))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  },
);

test.each([
  [SEED_000, " "],
  [SEED_003, "\n"],
])("%s with any codes split from their digits reads the same", (seed, separator) => {
  const text = seedText(seed);
  const { standard } = parseStandard(text);
  fc.assert(
    fc.property(lineSets, (chosen) => {
      const result = parseStandard(splitCodes(text, chosen, separator));
      expect(result.standard).toEqual(standard);
      expect(result.diagnostics).toEqual([]);
    }),
    { numRuns: 40 },
  );
});

/** Median wall time of parsing `text`, in ms. */
function timeParse(text: string): number {
  const times = [0, 1, 2, 3, 4].map(() => {
    const start = performance.now();
    parseStandard(text);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[2]!;
}

/** Documents of growing size built from one unit; each must parse in time proportional to size. */
const GROWTH: Array<[string, (n: number) => string]> = [
  [
    "repeated seed tables",
    (n) =>
      seedText(SEED_000).replace(
        /\n\n職能內涵 \(A=attitude/,
        () => "\n" + seedRows(n) + "\n\n職能內涵 (A=attitude",
      ),
  ],
  ["one long line of codes", (n) => "T1 x\tT1.1 y\t" + "K1 名稱 S3 ".repeat(2_000 * n)],
  ["many repeated headers", (n) => "主要職責 工作任務 工作產出 行為指標\n職能\n級別\n".repeat(500 * n)],
  [
    "many duties and tasks",
    (n) =>
      Array.from(
        { length: 1_500 * n },
        (_, i) => `T${i + 1} 職責\nT${i + 1}.1 任務\nP${i + 1}.1.1 指標。\n3 K01 知識`,
      ).join("\n"),
  ],
  [
    "one item continued over many lines",
    (n) => "T1 職責\nT1.1 任務\nP1.1.1 " + "很長的指標文字 with words\n".repeat(2_000 * n),
  ],
  ["random tokens", (n) => fc.sample(documentText, { numRuns: 200 * n, seed: 7 }).join("\n")],
  [
    "attitudes listed on one line",
    (n) => "職能內涵（A=attitude 態度）\n" + "A01 守時、A02 誠實。".repeat(2_000 * n),
  ],
  ["seed 003 spaced out", (n) => spaceOut(seedText(SEED_003), new Set([...Array(300).keys()])).repeat(n)],
  [
    "codes split from their digits",
    (n) => "T1 職責\nT1.1 任務\nO\n1.1.1 產出\n" + "K\n01 知識 S\n02 技能\n".repeat(500 * n),
  ],
  [
    "a long row cut by many page breaks",
    (n) =>
      "T1 職責\nT1.1 任務\nP1.1.1 指標\n3 " +
      Array.from({ length: 1_000 * n }, (_, i) => `K${(i % 99) + 1} 知識\n第 1 頁,總共 2 頁\n續文\n`).join(
        "",
      ),
  ],
];

function seedRows(n: number): string {
  const rows: string[] = [];
  for (let i = 3; i < 3 + 60 * n; i++) {
    rows.push(
      `T${i}職責${i}\tT${i}.1任務\tO${i}.1.1產出\tP${i}.1.1指標內容。 P${i}.1.2指標\t3\tK01職業安全 K02作業系統\tS01溝通協調能力`,
    );
  }
  return rows.join("\n");
}

test.each(GROWTH)("time stays linear in input size: %s", (_name, build) => {
  const small = build(2);
  const large = build(16);
  timeParse(small);
  const ratio = timeParse(large) / Math.max(timeParse(small), 0.5);
  const sizeRatio = large.length / small.length;
  // Linear work gives a ratio near sizeRatio; quadratic work would give sizeRatio² (≈ 64).
  expect(ratio).toBeLessThan(sizeRatio * 3);
});

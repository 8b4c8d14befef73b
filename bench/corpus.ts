import { readFileSync } from "node:fs";
import { join } from "node:path";

const SEEDS = ["000_a0f43cfc92171b2f.txt", "003_6e3f31b64b106f61.txt"].map((name) =>
  readFileSync(join(__dirname, "..", "seeds", name), "utf8"),
);

/**
 * `count` distinct documents in the styles of the seeds: each seed in turn with its own standard
 * code and name, so a catalog holds them all side by side.
 */
export function generateCorpus(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const code = `BEN${String(1000 + i).padStart(4, "0")}-${String(1 + (i % 900)).padStart(3, "0")}v1`;
    return SEEDS[i % SEEDS.length]!.replace(/INM2521-001v2|IIS3512-001v1/g, code).replace(
      /雲端架構工程人員|雲端資訊服務人員/g,
      (name) => `${name}${i}`,
    );
  });
}

/** One document `factor` times larger than seed 000: its table rows repeated with new duty codes. */
export function largeDocument(factor: number): string {
  const seed = SEEDS[0]!;
  const tableStart = seed.indexOf("T1雲端系統架構分析");
  const tableEnd = seed.indexOf("\n\n職能內涵 (A=attitude");
  const table = seed.slice(tableStart, tableEnd);
  const copies = Array.from({ length: factor }, (_, k) =>
    table.replace(
      /([TOP])(\d+)(?=[.\u4e00-\u9fff])/g,
      (_m, letter: string, n: string) => `${letter}${Number(n) + 2 * k}`,
    ),
  );
  return seed.slice(0, tableStart) + copies.join("\n") + seed.slice(tableEnd);
}

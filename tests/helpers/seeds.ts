import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseStandard, type ParseResult } from "../../src/parse";

export const ROOT = join(__dirname, "..", "..");
export const SEED_000 = "000_a0f43cfc92171b2f.txt";
export const SEED_003 = "003_6e3f31b64b106f61.txt";

export function seedText(name: string): string {
  return readFileSync(join(ROOT, "seeds", name), "utf8");
}

export function fixtureText(name: string): string {
  return readFileSync(join(ROOT, "tests", "fixtures", "documents", name), "utf8");
}

export function parseSeed(name: string): ParseResult {
  return parseStandard(seedText(name));
}

export function allSeedNames(): string[] {
  return readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt"));
}

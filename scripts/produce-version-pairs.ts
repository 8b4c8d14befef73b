/**
 * `npx tsx scripts/produce-version-pairs.ts`: writes each pair of versions (old.txt, new.txt and
 * the expected change rows, expected.tsv) into tests/fixtures/versions/<name>/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { VERSION_PAIRS_DIR, versionPairs } from "./fixtures/version-pairs";

for (const pair of versionPairs()) {
  const dir = join(VERSION_PAIRS_DIR, pair.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "old.txt"), pair.oldText);
  writeFileSync(join(dir, "new.txt"), pair.newText);
  writeFileSync(join(dir, "expected.tsv"), pair.expected);
  console.log(`tests/fixtures/versions/${pair.name}`);
}

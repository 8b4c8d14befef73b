import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Catalog } from "../catalog";
import { hasErrors, type Standard } from "../model";
import { parseStandard } from "../parse";
import { readReported } from "./documents";
import type { CliContext } from "./io";

const SEEDS = join(__dirname, "..", "..", "seeds");

/** The standards bundled with the add-in: the seed documents, parsed as the build parses them. */
export function bundledStandards(): Standard[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseStandard(readFileSync(join(SEEDS, f), "utf8")).standard);
}

/**
 * The bundled standards plus each `--load` document. A document with errors is reported and
 * refused (null): a command must not answer from a half-read standard.
 */
export async function catalogWith(files: readonly string[], context: CliContext): Promise<Catalog | null> {
  const catalog = new Catalog();
  for (const standard of bundledStandards()) catalog.add(standard, "bundled");
  for (const file of files) {
    const document = await readReported(file, context);
    if (!document || hasErrors(document.diagnostics)) return null;
    for (const standard of document.standards) catalog.add(standard, "imported");
  }
  return catalog;
}

import { readFileSync } from "node:fs";
import { loadDocumentBytes } from "./src/catalog";
import { parseStandard } from "./src/parse";
(async () => {
  const exp = parseStandard(readFileSync("seeds/000_a0f43cfc92171b2f.txt", "utf8")).standard as any;
  const got = await loadDocumentBytes(new Uint8Array(readFileSync(process.argv[2]!)), "x.pdf");
  const s = got.standards[0] as any;
  console.log(got.diagnostics.length, "diags", got.diagnostics.slice(0, 5).map((d) => d.message.en));
  console.log("diff:", Object.keys(exp).filter((k) => JSON.stringify(s?.[k]) !== JSON.stringify(exp[k])).join(","));
  console.log("duties", s?.duties.length, s?.duties.map((d: any) => d.tasks.length), "K", s?.knowledge.length, "S", s?.skills.length, "A", s?.attitudes.length);
})();

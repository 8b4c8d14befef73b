import { readFileSync, readdirSync } from "node:fs";
import { loadDocumentBytes } from "./src/catalog/load";
import { parseStandard } from "./src/parse";
const base = "tests/fixtures/produced";
const seeds: Record<string, string> = { "seed-000": "000_a0f43cfc92171b2f.txt", "seed-003": "003_6e3f31b64b106f61.txt" };
(async () => {
for (const dir of readdirSync(base)) {
  const expected = seeds[dir] ? parseStandard(readFileSync(`seeds/${seeds[dir]}`, "utf8")).standard : JSON.parse(readFileSync(`${base}/${dir}/expected.json`, "utf8"));
  for (const f of ["writer.odt", "writer.docx", "writer.pdf", "chromium.pdf"]) {
    const t = performance.now();
    const got = await loadDocumentBytes(new Uint8Array(readFileSync(`${base}/${dir}/${f}`)), f);
    const ms = (performance.now() - t).toFixed(0);
    const s: any = got.standards[0];
    const exp = expected.standards?.[0] ?? expected.standard ?? expected;
    const diffs = s ? Object.keys(exp).filter((k) => JSON.stringify(s[k]) !== JSON.stringify(exp[k])) : ["(none)"];
    console.log(dir, f, ms + "ms", got.format, "errors:", got.diagnostics.filter(d=>d.severity==="error").length, "diff:", diffs.join(","));
    if (process.argv[2] === dir + "/" + f) for (const k of diffs) console.log(k, "\n got", JSON.stringify(s[k]), "\n exp", JSON.stringify(exp[k]));
  }
}
})();

import { readFileSync } from "node:fs";
import { readDocumentBytes } from "./src/read";
(async () => {
  const r = await readDocumentBytes(new Uint8Array(readFileSync(process.argv[2]!)), process.argv[2]);
  console.log(JSON.stringify(r.diagnostics));
  if ("lines" in r) for (const l of r.lines) console.log(JSON.stringify(l.source), l.text);
})();

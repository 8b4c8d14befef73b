/** Writes assets/icon-<size>.png for every size the manifest references. Run: npm run icons */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ICON_SIZES, drawIcon } from "./icon";
import { encodePng } from "./png";

const assets = join(__dirname, "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(`${file} (${size} × ${size})`);
}

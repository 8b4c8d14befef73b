/**
 * pdfjs-dist ships ES modules only (.mjs), and Jest always refuses to `require` an .mjs file,
 * while ts-jest runs the project as CommonJS (its `import()` becomes `require()`). So before the
 * tests, TypeScript rewrites PDF.js's two modules as CommonJS copies (once per PDF.js version),
 * and jest.config.js maps the package's paths to them. `import.meta.url` (used only on Node
 * paths) becomes the original file's URL.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const build = path.dirname(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"));
const { version } = require("pdfjs-dist/package.json");
// Keyed by PDF.js's version and this file's own text, so a changed conversion never reuses old copies.
const key = require("node:crypto")
  .createHash("sha1")
  .update(fs.readFileSync(__filename))
  .digest("hex")
  .slice(0, 8);
const dir = path.join(os.tmpdir(), `pdfjs-dist-cjs-${version}-${key}`);

function convert() {
  const ts = require("typescript");
  fs.mkdirSync(dir, { recursive: true });
  for (const name of ["pdf", "pdf.worker"]) {
    const target = path.join(dir, `${name}.js`);
    if (fs.existsSync(target)) continue;
    const source = path.join(build, `${name}.mjs`);
    const text = fs
      .readFileSync(source, "utf8")
      .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(source).href));
    const { outputText } = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true },
      fileName: target,
    });
    const partial = `${target}.${process.pid}`;
    fs.writeFileSync(partial, outputText);
    fs.renameSync(partial, target);
  }
}

module.exports = { dir, convert };

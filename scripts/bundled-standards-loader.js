/**
 * Webpack loader behind the `bundled-standards` module (see webpack.config.js): parses seeds/*.txt
 * at build time with src/parse and emits the standards as JSON. A seed with an error diagnostic
 * fails the build; warnings are reported as build warnings. Option `seedsDir` defaults to seeds/.
 */
const path = require("node:path");

// The parser is TypeScript: let Node require it (under Jest, ts-jest already does).
require("tsx/cjs/api").register();

const src = path.join(__dirname, "..", "src");
const seedStandards = require.resolve("./seed-standards.ts");

module.exports = function bundledStandardsLoader() {
  // Drop the cached parser (and its importer) so watch mode picks up edits to src/.
  for (const id of Object.keys(require.cache)) {
    if (id.startsWith(src) || id === seedStandards) delete require.cache[id];
  }
  const seeds = require(seedStandards);
  const seedsDir = this.getOptions().seedsDir ?? seeds.SEEDS_DIR;
  const { standards, files, problems } = seeds.readSeedStandards(seedsDir);
  this.addContextDependency(seedsDir);
  this.addContextDependency(path.join(src, "parse"));
  this.addContextDependency(path.join(src, "model"));
  for (const file of files) this.addDependency(file);
  for (const problem of problems.filter((p) => p.diagnostic.severity === "warning")) {
    this.emitWarning(new Error(seeds.formatSeedProblem(problem)));
  }
  seeds.assertNoSeedErrors(problems);
  return JSON.stringify(standards);
};

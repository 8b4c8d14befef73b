/**
 * The standards parsed from seeds/*.txt at build time (webpack: scripts/bundled-standards-loader.js;
 * Jest: tests/stubs/bundled-standards.ts), in seed file-name order.
 */
declare module "bundled-standards" {
  const standards: import("../model/standard").Standard[];
  export default standards;
}

/** Jest runs the TypeScript sources through ts-jest (transpile only: `npm run typecheck` checks types). */
const pdfjsCjs = require("./tests/stubs/pdfjs-cjs");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // pdfjs-dist is ESM only: the tests load CommonJS copies made before they start (pdfjs-cjs.js).
  globalSetup: "<rootDir>/tests/stubs/global-setup.js",
  setupFiles: ["<rootDir>/tests/stubs/jsdom-text-codecs.js"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          ignoreDeprecations: "6.0",
        },
      },
    ],
  },
  moduleNameMapper: {
    "^pdfjs-dist/legacy/build/pdf\\.mjs$": `${pdfjsCjs.dir}/pdf.js`,
    "^(?:pdfjs-dist/legacy/build|\\.)/pdf\\.worker\\.mjs$": `${pdfjsCjs.dir}/pdf.worker.js`,
    "/read/pdf-worker-url$": "<rootDir>/tests/stubs/pdf-worker-url.ts",
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
    "^bundled-standards$": "<rootDir>/tests/stubs/bundled-standards.ts",
  },
  testTimeout: 30000,
};

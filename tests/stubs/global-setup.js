/** Runs once before the tests: the CommonJS copies of PDF.js (see pdfjs-cjs.js). */
module.exports = () => require("./pdfjs-cjs").convert();

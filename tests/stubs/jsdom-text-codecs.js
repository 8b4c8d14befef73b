// jsdom lacks TextDecoder/TextEncoder, which every browser and Node have; the readers decode
// text with them, so the task-pane tests get Node's.
const { TextDecoder, TextEncoder } = require("node:util");

if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;

export * from "./text";
export * from "./standard";
export * from "./diagnostic";
export * from "./errors";
export * from "./codes";
export * from "./punctuation";
export * from "./portable-ranges";

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";
import { halfWidthPunctuation } from "../../src/model";
import { ROOT } from "../helpers/seeds";

/**
 * The full-width rule (src/model/punctuation.ts) over every Chinese string the product writes:
 * each string or template literal in src/ (and scripts/: npm start's messages) that is Chinese text — the value of a `zh` property,
 * or any literal with Han characters outside an `en` property that is not an English sentence
 * quoting Chinese — must pass it. Interpolations count as an ASCII word, so `${a}:${b}` passes
 * and `錯誤:${reason}` does not.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const HAN = /\p{Script=Han}/u;
/** Two lowercase English words make a sentence English, though it may quote Chinese ("For example: 資訊安全"). */
const ENGLISH_WORDS = /\b[a-z]{3,}\b[^a-z]+\b[a-z]{3,}\b/;

function textOf(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node))
    return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join("");
  return undefined;
}

/** The name of the object property whose value holds this node, if any (`zh`, `en`, …). */
function propertyName(node: ts.Node): string | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isPropertyAssignment(at) && (ts.isIdentifier(at.name) || ts.isStringLiteral(at.name)))
      return at.name.text;
    if (ts.isCallExpression(at) || ts.isBlock(at) || ts.isSourceFile(at)) return undefined;
  }
  return undefined;
}

function chineseTexts(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    const text = textOf(node);
    if (text === undefined) {
      ts.forEachChild(node, visit);
      return;
    }
    const property = propertyName(node);
    const chinese = property === "zh" || (property !== "en" && HAN.test(text) && !ENGLISH_WORDS.test(text));
    if (chinese) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  visit(source);
  return found;
}

// Document text written in the seeds' style (which, like the official documents, mixes ASCII
// punctuation into Chinese) is input the parser must take as it comes, not text the product writes.
const DOCUMENT_TEXT = join(ROOT, "scripts", "fixtures");

test("every Chinese string in src/ and scripts/ uses full-width punctuation", () => {
  const files = [join(ROOT, "src"), join(ROOT, "scripts")].flatMap(sources);
  const offending = files
    .filter((file) => !file.startsWith(DOCUMENT_TEXT))
    .flatMap((file) =>
      chineseTexts(file)
        .filter(({ text }) => halfWidthPunctuation(text).length > 0)
        .map(({ line, text }) => `${relative(ROOT, file)}:${line}: ${text}`),
    );
  expect(offending).toEqual([]);
});

test("the scan sees the strings it must judge", () => {
  const texts = chineseTexts(join(ROOT, "src", "layout", "labels.ts")).map((t) => t.text);
  expect(texts).toContain("職能內涵：知識（K）");
  expect(texts).not.toContain("Knowledge (K)");
});

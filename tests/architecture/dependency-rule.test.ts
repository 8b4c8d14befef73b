import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../helpers/seeds";

/** DESIGN.md's dependency rule: which src folders each folder may import. */
const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  read: ["model"],
  parse: ["model", "read"],
  // loadDocumentBytes reads a document's bytes before parsing them (a dynamic import of read).
  catalog: ["model", "parse", "read"],
  compare: ["model", "catalog"],
  layout: ["model", "catalog", "compare"],
  portable: ["model", "catalog"],
  functions: ["catalog", "compare", "model"],
  excel: ["layout", "catalog", "compare", "portable", "model"],
  runtime: ["functions", "excel", "catalog", "model"],
  xlsx: ["layout"],
  taskpane: ["catalog", "read", "compare", "layout", "excel", "xlsx", "model"],
  cli: ["model", "read", "parse", "catalog", "compare", "layout", "portable", "functions", "xlsx"],
};

/** Packages (and Node) each folder must not import. */
const CORE_FORBIDDEN = /^(node:|fs$|path$|os$|react|@fluentui|exceljs|office-addin|@microsoft\/office-js)/;
/** Readers may use format libraries that run in Node and the browser, and nothing else. */
const READ_ALLOWED = /^(pdfjs-dist\/legacy\/build\/pdf\.mjs|fflate|@xmldom\/xmldom)$/;
const FORBIDDEN: Record<string, { test(specifier: string): boolean }> = {
  model: CORE_FORBIDDEN,
  read: { test: (specifier) => !READ_ALLOWED.test(specifier) },
  parse: CORE_FORBIDDEN,
  catalog: CORE_FORBIDDEN,
  compare: CORE_FORBIDDEN,
  layout: CORE_FORBIDDEN,
  portable: CORE_FORBIDDEN,
  functions: /^(node:|react|@fluentui|exceljs)/,
  excel: /^(node:|react|@fluentui|exceljs)/,
  runtime: /^(node:|react|@fluentui|exceljs)/,
  xlsx: /^(node:|react|@fluentui|office-addin)/,
  taskpane: /^node:/,
  cli: /^(react|@fluentui|office-addin)/,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|(?:^|\n)\s*import\s+"([^"]+)"|import\("([^"]+)"\)/g;

const files = sources(join(ROOT, "src")).map((path) => {
  const folder = relative(join(ROOT, "src"), path).split("/")[0]!;
  const text = readFileSync(path, "utf8");
  const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return { path: relative(ROOT, path), folder, text, specifiers };
});

test.each(files.filter((f) => f.folder in MAY_IMPORT).map((f) => [f.path, f] as const))(
  "%s follows the dependency rule",
  (_path, file) => {
    const broken = file.specifiers.filter((specifier) => {
      if (specifier.startsWith(".")) {
        const target = relative(join(ROOT, "src"), join(ROOT, file.path, "..", specifier)).split("/")[0]!;
        return target !== file.folder && !MAY_IMPORT[file.folder]!.includes(target);
      }
      return FORBIDDEN[file.folder]!.test(specifier);
    });
    expect(broken).toEqual([]);
  },
);

test.each(["model", "read", "parse", "catalog", "compare", "layout", "portable"])(
  "src/%s uses no Office, DOM or Node globals",
  (folder) => {
    const offending = files
      .filter((f) => f.folder === folder)
      .filter((f) =>
        /\b(Office|Excel|CustomFunctions|document|window|navigator|process|Buffer|require)\s*[.(]/.test(
          // Comments and string or template literals ("word/document.xml") are not uses of a global.
          f.text
            .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
            .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""'),
        ),
      )
      .map((f) => f.path);
    expect(offending).toEqual([]);
  },
);

test("src/xlsx uses no Node built-ins or globals: the caller saves the bytes, in Node or the browser", () => {
  const offending = files
    .filter((f) => f.folder === "xlsx")
    .filter(
      (f) =>
        f.specifiers.some((s) => /^(node:|fs|path|os|stream|buffer|zlib)(\/|$)/.test(s)) ||
        /\b(process|Buffer|require|__dirname)\b/.test(f.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")),
    )
    .map((f) => f.path);
  expect(offending).toEqual([]);
});

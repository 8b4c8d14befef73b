import * as z from "zod/mini";
import type { Standard } from "../model";

// zod compiles object parsers with `new Function` and probes whether it may on first use; the
// task pane's Content-Security-Policy forbids eval, so the probe would be reported as a violation.
// Interpreted parsers are fast enough for documents of this size. Set before any schema is used.
z.config({ jitless: true });

export const STANDARDS_FORMAT = "competency-standards";
export const STANDARDS_FORMAT_VERSION = 1;

function buildSchemas() {
  const text = (max = 20_000) => z.string().check(z.maxLength(max));
  const code = z.string().check(z.maxLength(40));
  const list = <T extends z.ZodMiniType>(item: T, max = 5_000) => z.array(item).check(z.maxLength(max));

  const item = z.strictObject({ code, name: text(2_000), details: list(text(2_000), 200) });
  const classification = z.strictObject({ name: text(500), code });
  const level = z.nullable(z.int().check(z.minimum(1), z.maximum(7)));

  const standard = z.strictObject({
    code,
    name: text(500),
    title: text(500),
    versions: list(
      z.strictObject({
        version: code,
        code,
        name: text(500),
        status: text(100),
        note: text(2_000),
        date: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
      }),
      200,
    ),
    nameCategory: text(500),
    nameOccupation: text(500),
    category: classification,
    occupation: classification,
    industry: classification,
    description: text(),
    level,
    duties: list(
      z.strictObject({
        code,
        name: text(2_000),
        tasks: list(
          z.strictObject({
            code,
            name: text(2_000),
            blocks: list(
              z.strictObject({
                level,
                outputs: list(item),
                indicators: list(z.strictObject({ code, text: text() })),
                knowledge: list(code),
                skills: list(code),
              }),
              50,
            ),
          }),
          1_000,
        ),
      }),
      500,
    ),
    knowledge: list(item),
    skills: list(item),
    attitudes: list(z.strictObject({ code, name: text(500), description: text() }), 500),
    notes: z.strictObject({
      qualifications: list(z.strictObject({ text: text(), subItems: list(text(), 200) }), 500),
      other: list(z.strictObject({ text: text(), subItems: list(text(), 200) }), 500),
      footnotes: list(
        z.strictObject({ number: z.int().check(z.minimum(0), z.maximum(9_999)), text: text() }),
        500,
      ),
    }),
  }) satisfies z.ZodMiniType<Standard>;

  // The envelope of a file of standards.
  const file = z.strictObject({
    format: z.literal(STANDARDS_FORMAT),
    version: z.literal(STANDARDS_FORMAT_VERSION),
    standards: list(standard, 2_000),
  });
  return { standard, file };
}

let built: ReturnType<typeof buildSchemas> | undefined;

/**
 * The JSON form of standards (what `competency parse` prints and what workbooks and imports carry),
 * validated at run time so JSON from outside can be loaded safely. Bounds keep hostile input small.
 * Zod's tree-shakable "mini" build: the same validation at a fraction of the task pane's weight.
 *
 * Built on first use: building them would cost the task pane's first render some milliseconds,
 * and most sessions never validate JSON.
 */
export function standardSchemas(): ReturnType<typeof buildSchemas> {
  built ??= buildSchemas();
  return built;
}

export type StandardsFile = z.infer<ReturnType<typeof buildSchemas>["file"]>;

export function toStandardsFile(standards: readonly Standard[]): StandardsFile {
  return { format: STANDARDS_FORMAT, version: STANDARDS_FORMAT_VERSION, standards: [...standards] };
}

/** The JSON Schema of the file format, for people writing tools around it. */
export function standardsJsonSchema(): unknown {
  return z.toJSONSchema(standardSchemas().file);
}

import { toStandardsFile } from "../../catalog";
import { hasErrors, type Standard } from "../../model";
import { readDocument, reportDiagnostics } from "../documents";
import { UsageError, type Command } from "../io";

/** `parse FILE…`: the standards as JSON (competency-standards v1) on stdout; exit 1 on any error. */
export const parseCommand: Command = async (args, context) => {
  if (args.length === 0) throw new UsageError("parse: no FILE given");
  const standards: Standard[] = [];
  let failed = false;
  for (const file of args) {
    let document;
    try {
      document = await readDocument(file);
    } catch (error) {
      context.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    }
    reportDiagnostics(file, document.diagnostics, context);
    failed ||= hasErrors(document.diagnostics);
    standards.push(...document.standards);
  }
  context.stdout.write(`${JSON.stringify(toStandardsFile(standards), null, 2)}\n`);
  return failed ? 1 : 0;
};

import { toStandardsFile } from "../../catalog";
import { hasErrors, type Standard } from "../../model";
import { readReported } from "../documents";
import { UsageError, type Command } from "../io";
import { parseCommandArgs } from "../options";

/** `parse FILE…`: the standards as JSON (competency-standards v1) on stdout; exit 1 on any error. */
export const parseCommand: Command = async (args, context) => {
  const { positionals: files } = parseCommandArgs("parse", args, {});
  if (files.length === 0) throw new UsageError("parse: no FILE given");
  const standards: Standard[] = [];
  let failed = false;
  for (const file of files) {
    const document = await readReported(file, context);
    if (!document) {
      failed = true;
      continue;
    }
    failed ||= hasErrors(document.diagnostics);
    standards.push(...document.standards);
  }
  context.stdout.write(`${JSON.stringify(toStandardsFile(standards), null, 2)}\n`);
  return failed ? 1 : 0;
};

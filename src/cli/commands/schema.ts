import { standardsJsonSchema } from "../../catalog";
import type { Command } from "../io";

/** `schema`: the JSON Schema of what `parse` prints and what `--load` accepts. */
export const schemaCommand: Command = async (_args, context) => {
  context.stdout.write(`${JSON.stringify(standardsJsonSchema(), null, 2)}\n`);
  return 0;
};

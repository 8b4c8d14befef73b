import { standardsJsonSchema } from "../../catalog";
import type { Command } from "../io";
import { parseCommandArgs } from "../options";

/** `schema`: the JSON Schema of what `parse` prints and what `--load` accepts. */
export const schemaCommand: Command = {
  synopsis: ["schema"],
  summary: {
    zh: "印出 parse 輸出（也是 --load 接受）的 JSON 格式之 JSON Schema。",
    en: "prints the JSON Schema of what parse prints and --load accepts.",
  },
  options: {},
  run: async (args, context) => {
    parseCommandArgs("schema", args, {});
    context.stdout.write(`${JSON.stringify(standardsJsonSchema(), null, 2)}\n`);
    return 0;
  },
};

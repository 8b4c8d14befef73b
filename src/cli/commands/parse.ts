import { toStandardsFile } from "../../catalog";
import { hasErrors, type Standard } from "../../model";
import { readReported } from "../documents";
import { UsageError, type Command } from "../io";
import { parseCommandArgs } from "../options";

/** `parse FILE…`: the standards as JSON (competency-standards v1) on stdout; exit 1 on any error. */
export const parseCommand: Command = {
  synopsis: ["parse FILE…"],
  summary: {
    zh: "把每份文件（PDF、ODT、DOCX、文字或 JSON；「-」為標準輸入）的職能基準以 JSON 印到 stdout，診斷訊息印到 stderr；有錯誤時結束碼為 1。",
    en: "prints the standards of each document (PDF, ODT, DOCX, text or JSON; - is standard input) as JSON on stdout, diagnostics on stderr; exits 1 on any error.",
  },
  options: {},
  run: async (args, context) => {
    const { positionals: files } = parseCommandArgs("parse", args, {});
    if (files.length === 0)
      throw new UsageError({ zh: "parse：沒有指定檔案（FILE）。", en: "parse: no FILE given." });
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
  },
};

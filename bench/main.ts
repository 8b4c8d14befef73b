/** `npm run bench`: prints the project's performance figures, section by section. */
import { buildTaskpane } from "../tests/e2e/support/build";
import { benchFunctions } from "./functions";
import { benchParse } from "./parse";
import { benchRead } from "./read";
import { consoleReport } from "./report";
import { benchSheets } from "./sheets";
import { benchTaskpane } from "./taskpane";

async function main(): Promise<void> {
  const report = consoleReport();
  console.log(
    `Competency Standards for Excel — benchmark (node ${process.version}, ${new Date().toISOString()})`,
  );
  await benchParse(report);
  await benchRead(report);
  const build = await buildTaskpane();
  try {
    await benchFunctions(report, build);
    await benchSheets(report);
    await benchTaskpane(report, build);
  } finally {
    build.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

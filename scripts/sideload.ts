/** Carries out the sideload plan: registers the manifest with desktop Excel and opens Excel. */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { dirname } from "node:path";
import { promisify } from "node:util";
import {
  type Command,
  type SideloadTarget,
  macSideloadPath,
  openExcelCommand,
  windowsRegisterCommand,
  windowsUnregisterCommand,
} from "./sideload-plan";

const execFileAsync = promisify(execFile);

async function run({ file, args }: Command): Promise<void> {
  await execFileAsync(file, args);
}

/** Registers the manifest and opens Excel; a no-op for the web, where the developer uploads it. */
export async function sideload(target: SideloadTarget, id: string, manifestPath: string): Promise<void> {
  if (target === "web") return;
  if (target === "windows") {
    await run(windowsRegisterCommand(id, manifestPath));
  } else {
    const destination = macSideloadPath(homedir(), id);
    mkdirSync(dirname(destination), { recursive: true });
    copyFileSync(manifestPath, destination);
  }
  await run(openExcelCommand(target));
}

/** Undoes the registration so Excel stops loading an add-in whose server is gone. */
export async function removeSideload(target: SideloadTarget, id: string): Promise<void> {
  if (target === "windows") await run(windowsUnregisterCommand(id));
  if (target === "mac") rmSync(macSideloadPath(homedir(), id), { force: true });
}

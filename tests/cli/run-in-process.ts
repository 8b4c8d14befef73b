import { runCli } from "../../src/cli/run";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the competency command in this process with its output captured and no environment but `env`. */
export async function runInProcess(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (c: string | Uint8Array) => (stdout += String(c)) },
    stderr: { write: (c: string | Uint8Array) => (stderr += String(c)) },
    env,
  });
  return { code, stdout, stderr };
}

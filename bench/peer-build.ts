/**
 * The production build of an earlier commit, made in a git worktree with this checkout's
 * node_modules, so the bench can time it beside today's build on the same machine, in the same
 * run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve as resolvePath } from "node:path";

const ROOT = resolvePath(__dirname, "..");

export interface PeerBuild {
  commit: string;
  dir: string;
  /** The task pane's JavaScript the page loads before it runs (its deferred scripts but functions.js). */
  initialFiles: string[];
  remove(): void;
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

export function buildPeer(commit: string): PeerBuild {
  const work = mkdtempSync(join(tmpdir(), "bench-peer-"));
  const tree = join(work, "tree");
  const dir = join(work, "dist");
  const remove = (): void => {
    execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: ROOT, stdio: "ignore" });
    rmSync(work, { recursive: true, force: true });
  };
  run("git", ["worktree", "add", "--detach", tree, commit], ROOT);
  try {
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
    run(
      process.execPath,
      [
        join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
        "--mode",
        "production",
        "--output-path",
        dir,
      ],
      tree,
    );
  } catch (error) {
    remove();
    throw error;
  }
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const initialFiles = [...html.matchAll(/<script defer src="?([^">]+)"?>/g)]
    .map((tag) => tag[1]!)
    .filter((file) => file !== "functions.js");
  return { commit, dir, initialFiles, remove };
}

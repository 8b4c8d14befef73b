/**
 * The task pane as a user meets it: the gzip size of the JavaScript it loads before it can show
 * anything, and the time to its first render in headless Chromium (production build, preview
 * mode, served from 127.0.0.1), with Chromium's first contentful paint of the same loads. Targets: at most 200 KB gzip, first render at most 300 ms, each
 * printed next to the same figure of the code before these targets (commit f974119), built and
 * loaded in the same run, load for load in turn with today's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { FIRST_RENDER_MARK } from "../src/taskpane/startup/first-render";
import { launchChromium, openTaskpane } from "../tests/e2e/support/browser";
import { initialFiles, type Build } from "../tests/e2e/support/build";
import { serveDirectory } from "../tests/e2e/support/static-server";
import { buildPeer, type PeerBuild } from "./peer-build";
import type { Report } from "./report";

const GZIP_TARGET_KB = 200;
const FIRST_RENDER_TARGET_MS = 300;
/** The last commit before the issue that set these targets. */
const PEER_COMMIT = "f974119";
const LOADS = 7;

function gzipKb(dir: string, files: string[]): number {
  return (
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0) / 1024
  );
}

function verdict(value: number, target: number, before: number | null): string {
  const peer = before === null ? "" : `; ${PEER_COMMIT}: ${before.toFixed(0)}`;
  return `(target ≤ ${target}: ${value <= target ? "met" : "MISSED"}${peer})`;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** When the page recorded the performance entry `name` (a mark, or a paint), in ms from its start. */
async function entryTime(page: Page, name: string): Promise<number> {
  const time = await page.waitForFunction((entry) => performance.getEntriesByName(entry)[0]?.startTime, name);
  return (await time.jsonValue()) as number;
}

/** The peer's build, or null (said in the report) when this checkout cannot build it. */
function peerOrNull(report: Report): PeerBuild | null {
  try {
    return buildPeer(PEER_COMMIT);
  } catch (error) {
    report.figure(
      `${PEER_COMMIT} could not be built here, so no figures beside`,
      String(error).split("\n")[0]!,
    );
    return null;
  }
}

export async function benchTaskpane(report: Report, build: Build): Promise<void> {
  report.section("task pane");
  const peer = peerOrNull(report);
  try {
    await benchBuilds(report, build, peer);
  } finally {
    peer?.remove();
  }
}

async function benchBuilds(report: Report, build: Build, peer: PeerBuild | null): Promise<void> {
  const taskpane = initialFiles(build.stats, "taskpane");
  const functions = initialFiles(build.stats, "functions");
  const initial = gzipKb(build.dir, taskpane);
  report.figure(
    `initial task-pane JS, gzip (${taskpane.join(", ")})`,
    initial,
    `KB ${verdict(initial, GZIP_TARGET_KB, peer && gzipKb(peer.dir, peer.initialFiles))}`,
  );
  // Griffel's CSS, extracted at build time: up front too, though not JavaScript.
  const styles = (build.stats.toJson({ all: false, entrypoints: true }).entrypoints?.taskpane?.assets ?? [])
    .map((asset) => asset.name)
    .filter((name) => name.endsWith(".css"));
  report.figure(`its stylesheet, gzip (${styles.join(", ")})`, gzipKb(build.dir, styles), "KB");
  report.figure("custom functions JS on the same page, gzip", gzipKb(build.dir, functions), "KB");
  const assets = build.stats.toJson({ all: false, assets: true }).assets ?? [];
  const lazy = assets
    .map((asset) => asset.name)
    .filter((name) => name.endsWith(".js") && ![...taskpane, ...functions, "office.js"].includes(name))
    .filter((name) => !name.startsWith("o15"));
  report.figure(
    `loaded when first needed (ExcelJS, the document readers, layouts, charts…: ${lazy.length} chunks), gzip`,
    gzipKb(build.dir, lazy),
    "KB",
  );

  const dirs = [build.dir, ...(peer ? [peer.dir] : [])];
  const servers = await Promise.all(dirs.map((dir) => serveDirectory(dir)));
  const browser = await launchChromium();
  try {
    // Per build: our mark (the pane's first commit) and Chromium's first contentful paint, the
    // moment its pixels are shown; the body is empty until the pane renders.
    const marks: number[][] = dirs.map(() => []);
    const paints: number[][] = dirs.map(() => []);
    for (let i = 0; i < LOADS; i++) {
      for (const [j, server] of servers.entries()) {
        // A fresh context each time: nothing cached, as on a first open.
        const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
        const page = await context.newPage();
        await openTaskpane(page, server.url);
        marks[j]!.push(await entryTime(page, FIRST_RENDER_MARK));
        paints[j]!.push(await entryTime(page, "first-contentful-paint"));
        await context.close();
      }
    }
    const [ours, theirs] = marks;
    const firstRender = median(ours!);
    report.figure(
      `first render, median of ${LOADS} cold loads`,
      firstRender,
      `ms ${verdict(firstRender, FIRST_RENDER_TARGET_MS, theirs ? median(theirs) : null)}`,
    );
    report.figure("first render, slowest load", Math.max(...ours!), "ms");
    const [ourPaints, theirPaints] = paints;
    report.figure(
      "first contentful paint (Chromium's), median of the same loads",
      median(ourPaints!),
      `ms${theirPaints ? ` (${PEER_COMMIT}: ${median(theirPaints).toFixed(0)})` : ""}`,
    );
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

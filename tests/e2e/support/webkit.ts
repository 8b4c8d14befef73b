/**
 * WebKit, the engine of Excel on Mac, through WebDriver: Debian's WebKitWebDriver drives
 * WebKitGTK's MiniBrowser on a private Xvfb display. Fails (never skips) when any of them is missing.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Builder, type WebDriver } from "selenium-webdriver";

export const WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
export const XVFB = "/usr/bin/Xvfb";

const LOCALEDEF = "/usr/bin/localedef";
const LOCALE_SOURCES = "/usr/share/i18n/locales";

/** What must be there, and the Debian package that gives it. */
function requirements(posixLanguage: string): { path: string; package: string }[] {
  return [
    { path: WEBKIT_DRIVER, package: "webkit2gtk-driver" },
    { path: MINIBROWSER, package: "libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver" },
    { path: XVFB, package: "xvfb" },
    { path: LOCALEDEF, package: "libc-bin" },
    { path: join(LOCALE_SOURCES, posixLanguage), package: "locales" },
  ];
}

const START_TIMEOUT = 15_000;

export interface WebKitOptions {
  /** The browser's language, as navigator.language reports it: "zh-TW". */
  language: string;
  /** host:port of a proxy for every site but 127.0.0.1: one that refuses keeps the browser offline. */
  proxy: string;
}

export interface WebKit {
  driver: WebDriver;
  /** Ends the session and kills the driver, the browser and the display; safe to call twice. */
  close(): Promise<void>;
}

function missing(posixLanguage: string): string[] {
  return requirements(posixLanguage)
    .filter(({ path }) => {
      try {
        accessSync(path, constants.R_OK);
        return false;
      } catch {
        return true;
      }
    })
    .map(({ path, package: name }) => `${path} (apt-get install ${name})`);
}

/**
 * WebKitGTK's navigator.language is the process's locale, which must exist: compile it into a
 * private directory (LOCPATH) rather than need it installed system-wide.
 */
async function compileLocale(dir: string, posixLanguage: string): Promise<NodeJS.ProcessEnv> {
  const name = `${posixLanguage}.UTF-8`;
  await promisify(execFile)(LOCALEDEF, ["-i", posixLanguage, "-f", "UTF-8", join(dir, name)]).catch(
    (error: Error) => {
      throw new Error(`${LOCALEDEF} could not compile the ${name} locale: ${error.message}`);
    },
  );
  return { LOCPATH: dir, LC_ALL: name, LANG: name };
}

/**
 * Starts `command` as the leader of a new process group, so killing the group ends its children
 * too. Its stderr (kept for error messages) and any `extraFds` are pipes; stdout is dropped.
 */
function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, extraFds = 0): ChildProcess {
  const extra = Array.from({ length: extraFds }, () => "pipe" as const);
  return spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "pipe", ...extra], env });
}

function killGroup(child: ChildProcess | undefined): void {
  if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // The group has already gone.
  }
}

/** What a failed start leaves in the program's stderr, for the error message. */
function collectStderr(child: ChildProcess): () => string {
  let text = "";
  child.stderr?.on("data", (chunk: Buffer) => (text = (text + chunk.toString("utf8")).slice(-2_000)));
  return () => text.trim();
}

/** Xvfb on the first free display; resolves to that display's number. */
function startXvfb(): Promise<{ xvfb: ChildProcess; display: string }> {
  const xvfb = startGroup(
    XVFB,
    ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
    process.env,
    1,
  );
  const stderr = collectStderr(xvfb);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail("did not report its display"), START_TIMEOUT);
    function fail(why: string): void {
      clearTimeout(timer);
      killGroup(xvfb);
      reject(new Error(`Xvfb ${why}: ${stderr()}`));
    }
    let output = "";
    xvfb.stdio[3]!.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (!output.includes("\n")) return;
      clearTimeout(timer);
      resolve({ xvfb, display: `:${output.trim()}` });
    });
    xvfb.on("exit", (code) => fail(`exited (${code})`));
  });
}

/** `promise`, or an error saying `why` once START_TIMEOUT has passed. */
async function withTimeout<T>(promise: Promise<T>, why: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${why()} (after ${START_TIMEOUT} ms)`)), START_TIMEOUT);
  });
  promise.catch(() => {});
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** WebKitWebDriver on a free local port, answering /status with ready. */
async function startDriver(
  env: NodeJS.ProcessEnv,
): Promise<{ driver: ChildProcess; url: string; stderr: () => string }> {
  const port = await freePort();
  const driver = startGroup(WEBKIT_DRIVER, [`--port=${port}`, "--host=local"], env);
  const stderr = collectStderr(driver);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) break;
    const ready = await fetch(`${url}/status`).then(
      async (response) => ((await response.json()) as { value?: { ready?: boolean } }).value?.ready === true,
      () => false,
    );
    if (ready) return { driver, url, stderr };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  killGroup(driver);
  throw new Error(`${WEBKIT_DRIVER} did not start on port ${port}: ${stderr()}`);
}

/**
 * A WebDriver session of MiniBrowser (WebKitGTK) on a private Xvfb display, in `language`, offline
 * but for 127.0.0.1.
 */
export async function launchWebKit({ language, proxy }: WebKitOptions): Promise<WebKit> {
  const posixLanguage = language.replace("-", "_");
  const absent = missing(posixLanguage);
  if (absent.length > 0) {
    throw new Error(
      `The WebKit test needs WebKitWebDriver, MiniBrowser, Xvfb and the ${posixLanguage} locale's sources; ` +
        `missing: ${absent.join(", ")}.`,
    );
  }
  const localeDir = mkdtempSync(join(tmpdir(), "webkit-locale-"));
  const processes: ChildProcess[] = [];
  let driver: WebDriver | undefined;
  const close = async (): Promise<void> => {
    const session = driver;
    driver = undefined;
    // A session that does not end in time is ended with its processes.
    if (session) await withTimeout(session.quit(), () => "quit").catch(() => {});
    for (const child of processes.splice(0).reverse()) killGroup(child);
    rmSync(localeDir, { recursive: true, force: true });
  };
  try {
    const [localeEnv, { display }] = await Promise.all([
      compileLocale(localeDir, posixLanguage),
      startXvfb().then((started) => {
        processes.push(started.xvfb);
        return started;
      }),
    ]);
    const started = await startDriver({ ...process.env, ...localeEnv, DISPLAY: display });
    processes.push(started.driver);
    const session = new Builder()
      .usingServer(started.url)
      .withCapabilities({
        browserName: "MiniBrowser",
        // MiniBrowser's own proxy options: WebKitWebDriver 2.50 sometimes never answers a new
        // session that has a "proxy" capability.
        "webkitgtk:browserOptions": {
          binary: MINIBROWSER,
          args: ["--automation", `--proxy=http://${proxy}`, "--ignore-host=127.0.0.1"],
        },
      })
      .build();
    driver = session;
    await withTimeout(session.getSession(), () => `MiniBrowser started no session: ${started.stderr()}`);
    return { driver, close };
  } catch (error) {
    await close();
    throw error;
  }
}

import type { Locale } from "../model";

/** What the pane remembers between openings, in the browser's (or Office's webview's) localStorage. */
const LOCALE_KEY = "competency.locale";
const NOTICE_KEY = "competency.previewNoticeDismissed";

/** localStorage, or null where the page may not use it (a sandboxed frame, storage turned off). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Full or refused storage: the choice holds for this opening only.
  }
}

/** The language the user chose in the pane, or null: then Office's (or the browser's) is used. */
export function chosenLocale(): Locale | null {
  const value = read(LOCALE_KEY);
  return value === "zh" || value === "en" ? value : null;
}

export function rememberLocale(locale: Locale): void {
  write(LOCALE_KEY, locale);
}

/** The user closed the preview-mode notice once; it stays closed. */
export function previewNoticeDismissed(): boolean {
  return read(NOTICE_KEY) === "true";
}

export function rememberPreviewNoticeDismissed(): void {
  write(NOTICE_KEY, "true");
}

import type { LocalizedText } from "./text";

/** The core's one error type: every shell turns it into its own form (#N/A, a message bar, exit 2). */
export type CoreError =
  | { kind: "notFound"; message: LocalizedText }
  | { kind: "invalidArgument"; message: LocalizedText }
  | { kind: "ambiguous"; message: LocalizedText; candidates: string[] };

export type Result<T> = { ok: true; value: T } | { ok: false; error: CoreError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: CoreError): Result<T> {
  return { ok: false, error };
}

export function notFound<T>(zh: string, en: string): Result<T> {
  return fail({ kind: "notFound", message: { zh, en } });
}

export function invalidArgument<T>(zh: string, en: string): Result<T> {
  return fail({ kind: "invalidArgument", message: { zh, en } });
}

export function ambiguous<T>(zh: string, en: string, candidates: string[]): Result<T> {
  return fail({ kind: "ambiguous", message: { zh, en }, candidates });
}

import { useCallback, useRef, useState } from "react";

export type StatusIntent = "success" | "error" | "warning" | "info";

export interface StatusMessage {
  intent: StatusIntent;
  text: string;
  /** A second sentence, e.g. that the workbook was not changed. */
  detail?: string;
}

export interface ActionTask<T> {
  /** Shown while the action runs. */
  progress: string;
  perform(): Promise<T>;
  /** The message once it is done; an outcome may still be a refusal (intent "error"). */
  done(value: T): StatusMessage;
  failed(reason: string): StatusMessage;
}

export interface ActionRunner {
  /** The progress label of the running action, or null when idle. */
  busy: string | null;
  status: StatusMessage | null;
  /** Runs one action at a time: while one runs, others are ignored. True when it succeeded. */
  run<T>(task: ActionTask<T>): Promise<boolean>;
  dismiss(): void;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  return String(error);
}

export function useActionRunner(): ActionRunner {
  const running = useRef(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);

  const run = useCallback(async <T>(task: ActionTask<T>): Promise<boolean> => {
    // A ref, not state: a second click in the same frame must see the first one.
    if (running.current) return false;
    running.current = true;
    setStatus(null);
    setBusy(task.progress);
    try {
      const message = task.done(await task.perform());
      setStatus(message);
      return message.intent !== "error";
    } catch (error) {
      setStatus(task.failed(reasonOf(error)));
      return false;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const dismiss = useCallback(() => setStatus(null), []);
  return { busy, status, run, dismiss };
}

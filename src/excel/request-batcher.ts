import type { ExcelContextPort } from "./excel-port";

/** Excel on the web rejects a request over 5 MB; stay well under it. */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * Counts what is queued on a context and syncs early only when the next operation would push
 * the pending request over budget, so a sheet of ordinary size goes in one request.
 */
export class RequestBatcher {
  private pending = 0;
  readonly sentBytes: number[] = [];
  syncs = 0;

  constructor(
    private readonly context: ExcelContextPort,
    private readonly budget: number,
  ) {}

  /** Largest block of values worth queuing in one operation: a quarter of the budget. */
  get chunkBytes(): number {
    return Math.floor(this.budget / 4);
  }

  /** Sends what is queued to read loaded properties; not counted as a write request. */
  async read(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }

  /** Call before queuing an operation of about `bytes`. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    this.sentBytes.push(this.pending);
    this.pending = 0;
    await this.context.sync();
  }
}

/** Prints benchmark figures as aligned lines: "section · what ………… value unit". */
export interface Report {
  section(title: string): void;
  figure(what: string, value: number | string, unit?: string): void;
}

export function consoleReport(): Report {
  return {
    section(title) {
      console.log(`\n## ${title}`);
    },
    figure(what, value, unit = "") {
      const shown =
        typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : value;
      console.log(`${what.padEnd(58, " ")} ${shown} ${unit}`.trimEnd());
    },
  };
}

/** Median wall time of `runs` calls, in ms. */
export function medianMs(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Heap in MB after a full collection (needs node --expose-gc). */
export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

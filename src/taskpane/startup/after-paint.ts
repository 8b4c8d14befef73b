/**
 * Resolves once the browser has painted what React just committed: a long synchronous step
 * started after it (building a large sheet plan) does not hide the progress bar.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

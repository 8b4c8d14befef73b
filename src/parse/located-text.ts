import type { SourceLine } from "./normalize";

/** Lines joined with "\n", able to tell the source line number of any offset. */
export interface LocatedText {
  text: string;
  lineAt(offset: number): number;
}

export function locate(lines: readonly SourceLine[]): LocatedText {
  const starts: number[] = [];
  let text = "";
  for (const line of lines) {
    starts.push(text.length);
    text += line.text + "\n";
  }
  return {
    text,
    lineAt(offset: number): number {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return lines[low]?.no ?? 1;
    },
  };
}

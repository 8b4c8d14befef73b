import type { Page } from "playwright-core";

export interface FocusStop {
  /** Role or tag and accessible name of the element, to name it in a failure. */
  element: string;
  /** Pixels around it that change by a contrast of 3:1 or more when it takes the focus. */
  changed: number;
  /** At least a line of such pixels as long as its longest side: a ring, or Fluent's underline of a field. */
  visible: boolean;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Sets up the scratch page (same browser, no Content-Security-Policy) that decodes PNGs on a
 * canvas and counts pixels whose colour changed by a contrast of 3:1 or more between a shot of a
 * region and the same region of the baseline shot of the whole page.
 */
async function prepareComparer(scratch: Page, baseline: Buffer): Promise<void> {
  await scratch.evaluate(async (base64) => {
    const decode = async (data: string) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    };
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (d: Uint8ClampedArray, i: number) =>
      0.2126 * channel(d[i]!) + 0.7152 * channel(d[i + 1]!) + 0.0722 * channel(d[i + 2]!);
    const base = await decode(base64);
    Object.assign(window, {
      changedAt: async (shot: string, left: number, top: number) => {
        const region = await decode(shot);
        let count = 0;
        for (let y = 0; y < region.height; y++) {
          for (let x = 0; x < region.width; x++) {
            const i = (y * region.width + x) * 4;
            const j = ((top + y) * base.width + left + x) * 4;
            if (top + y >= base.height || left + x >= base.width) continue;
            const [l1, l2] = [luminance(region.data, i), luminance(base.data, j)];
            if ((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) >= 3) count++;
          }
        }
        return count;
      },
    });
  }, baseline.toString("base64"));
}

/**
 * Tabs through the view from its start, as a keyboard user does, and at each stop compares the
 * element (and the pixels just around it, where rings are drawn) focused with the same place in
 * a shot of the page taken before any focus: whatever draws the indicator (an outline, Fluent's
 * ::after ring, an underline, a shadow), it must change by a contrast of 3:1 at least as many
 * pixels as a line along the element's longest side (a faint border that merely fades, or a ring
 * drawn around something else, does not). Stops when focus comes round again or leaves the page.
 * Motion is reduced so no transition is caught half-way.
 */
export async function keyboardFocusStops(page: Page, maxStops = 150): Promise<FocusStop[]> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const scratch = await page.context().newPage();
  await prepareComparer(scratch, await page.screenshot({ fullPage: true }));
  const changedAt = async (clip: Box): Promise<number> => {
    const shot = await page.screenshot({ fullPage: true, clip });
    return scratch.evaluate(
      ([data, left, top]) =>
        (window as unknown as { changedAt(s: string, l: number, t: number): Promise<number> }).changedAt(
          data,
          left,
          top,
        ),
      [shot.toString("base64"), clip.x, clip.y] as const,
    );
  };
  // The comparison itself is checked first: the last text of the page, unfocused, must come out
  // unchanged, or a misplaced region would make every focus look visible.
  const last = await page.evaluate(() => {
    const texts = [...document.querySelectorAll("h2, h3, h4, li, p, label")].filter((e) =>
      e.textContent?.trim(),
    );
    const box = texts.at(-1)!.getBoundingClientRect();
    return { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height };
  });
  const control = await changedAt({
    x: Math.floor(last.x),
    y: Math.floor(last.y),
    width: Math.ceil(last.width),
    height: Math.ceil(last.height),
  });
  if (control !== 0) throw new Error(`the unfocused page compared as ${control} px changed`);
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const box = element.getBoundingClientRect();
      const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
      const name = (element.getAttribute("aria-label") ?? labelled ?? element.textContent ?? "").trim();
      const role = element.getAttribute("role") ?? element.tagName.toLowerCase();
      const path: string[] = [];
      for (let e: Element | null = element; e && e !== document.body; e = e.parentElement)
        path.push(`${e.tagName}${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
      return {
        key: path.join("<"),
        label: `${role} "${name.slice(0, 40)}"`,
        box: { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height },
      };
    });
    if (!at || seen.has(at.key)) break;
    seen.add(at.key);
    // Rings are drawn on the element's edge or just outside; a neighbour's ring is further off.
    const margin = 2;
    const clip: Box = {
      x: Math.max(0, Math.floor(at.box.x - margin)),
      y: Math.max(0, Math.floor(at.box.y - margin)),
      width: Math.ceil(at.box.width + 2 * margin),
      height: Math.ceil(at.box.height + 2 * margin),
    };
    const changed = await changedAt(clip);
    const longestSide = Math.round(Math.max(at.box.width, at.box.height));
    stops.push({ element: at.label, changed, visible: changed >= longestSide });
  }
  await scratch.close();
  await page.emulateMedia({ reducedMotion: null });
  return stops;
}

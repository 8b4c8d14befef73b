import { localeFromTag, type Locale } from "../../model";

export interface Host {
  /** Office.js is there and reports Excel; otherwise the pane runs in preview mode. */
  inExcel: boolean;
  locale: Locale;
  /** Office's theme is dark (only known inside Office). */
  dark: boolean;
}

/** The part of office.js startup needs; absent in a plain browser without office.js. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
  };
}

/** #RRGGBB darker than mid-grey. */
export function isDarkColor(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Where the pane runs: in Excel (language from Office's display language) or in preview mode
 * (office.js missing, or loaded outside Office: language from the browser).
 */
export async function detectHost(office: OfficeLike | undefined, browserLanguage: string): Promise<Host> {
  const preview: Host = { inExcel: false, locale: localeFromTag(browserLanguage), dark: false };
  if (!office) return preview;
  const info = await office.onReady();
  // Office.HostType.Excel is the string "Excel"; outside Office the host is null.
  if (info.host !== "Excel") return preview;
  return {
    inExcel: true,
    locale: localeFromTag(office.context?.displayLanguage ?? browserLanguage),
    dark: isDarkColor(office.context?.officeTheme?.bodyBackgroundColor),
  };
}

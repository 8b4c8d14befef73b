import type { PrintSetup } from "./sheet-plan";

/** Landscape A4, one page wide and as many long as needed, narrow margins, page numbers. */
export const LANDSCAPE_A4_FIT_WIDTH: PrintSetup = {
  orientation: "landscape",
  paperSize: "A4",
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { top: 0.5, bottom: 0.5, left: 0.25, right: 0.25, header: 0.3, footer: 0.3 },
  pageNumbers: true,
};

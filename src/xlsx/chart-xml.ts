import { absoluteRangeAddress, type CellRange, type ChartPlan } from "../layout";

/** DrawingML for the plans' charts, which ExcelJS cannot write: a chart part and its anchor. */

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const SERIES_COLORS = ["1F4E78", "C55A11", "2E75B6", "70AD47"];

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "'人員職能矩陣'!$C$12:$C$19", quotes in the name doubled. */
function reference(sheet: string, range: CellRange): string {
  return `'${sheet.replace(/'/g, "''")}'!${absoluteRangeAddress(range)}`;
}

function richTitle(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function seriesXml(sheet: string, chart: ChartPlan): string {
  return chart.series
    .map((series, i) => {
      const color = SERIES_COLORS[i % SERIES_COLORS.length];
      const line = `<a:ln w="22225"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln>`;
      const shape =
        chart.kind === "column"
          ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
          : `<c:spPr>${line}</c:spPr><c:marker><c:symbol val="none"/></c:marker>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>${shape}` +
        `<c:cat><c:strRef><c:f>${escapeXml(reference(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(reference(sheet, series.values))}</c:f></c:numRef></c:val></c:ser>`
      );
    })
    .join("");
}

const AXES =
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:crossAx val="1"/></c:valAx>';

/** The chart part (xl/charts/chartN.xml) of one plan chart on `sheet`. */
export function chartXml(sheet: string, chart: ChartPlan): string {
  const series = seriesXml(sheet, chart);
  const plot =
    chart.kind === "radar"
      ? `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series}<c:axId val="1"/><c:axId val="2"/></c:radarChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="1"/><c:axId val="2"/></c:barChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${richTitle(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${AXES}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part of one sheet: each chart anchored over its cells, pointing at rId1, rId2 … */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts
    .map(
      (chart, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.anchor.top, chart.anchor.left)}${marker("to", chart.anchor.bottom + 1, chart.anchor.right + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors}</xdr:wsDr>`;
}

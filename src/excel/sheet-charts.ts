import { cellAddress, rangeAddress, type ChartPlan } from "../layout";
import type { ChartTypePort, WorksheetPort } from "./excel-port";

const CHART_TYPE: Record<ChartPlan["kind"], ChartTypePort> = {
  radar: "Radar",
  column: "ColumnClustered",
};

/** Operations one chart queues: add, title, position, and name, values, categories per series. */
export function chartOperationCount(chart: ChartPlan): number {
  return 3 + 3 * chart.series.length;
}

/**
 * A native chart over the plan's cells. The first series comes with the chart; each series then
 * gets its values and categories set explicitly so Excel never guesses them from the data's shape.
 */
export function addChart(sheet: WorksheetPort, chart: ChartPlan): void {
  const first = chart.series[0];
  if (!first) return;
  const column = chart.categories.left === chart.categories.right;
  const added = sheet.charts.add(
    CHART_TYPE[chart.kind],
    sheet.getRange(rangeAddress(first.values)),
    column ? "Columns" : "Rows",
  );
  added.title.text = chart.title;
  const categories = sheet.getRange(rangeAddress(chart.categories));
  chart.series.forEach((series, i) => {
    const target = i === 0 ? added.series.getItemAt(0) : added.series.add(series.name);
    target.name = series.name;
    if (i > 0) target.setValues(sheet.getRange(rangeAddress(series.values)));
    target.setXAxisValues(categories);
  });
  const { anchor } = chart;
  added.setPosition(cellAddress(anchor.top, anchor.left), cellAddress(anchor.bottom, anchor.right));
}

/**
 * The options of the progress trend chart (ECharts), built without ECharts itself so that pages and tests can make
 * them without loading the chart library (trend-chart-echarts.ts draws them, loaded on demand).
 */

/** The figures a trend line can follow. */
export const TREND_METRICS = [
  'submitted',
  'approved',
  'households',
  'enteredHouseholds',
  'persons',
  'selfReported',
] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export type TrendPoint = { date: string } & Record<TrendMetric, number>;

/** One line: a township, an enumerator or the zone itself. */
export interface TrendLine {
  name: string;
  days: readonly TrendPoint[];
}

/** What the chart library is given: an ECharts option of line series over the days. */
export type TrendChartOption = {
  animation: false;
  tooltip: { trigger: 'axis' };
  legend: { type: 'scroll'; bottom: 0; data: string[] };
  grid: { left: number; right: number; top: number; bottom: number; containLabel: true };
  xAxis: { type: 'category'; boundaryGap: false; name: string; data: string[] };
  yAxis: { type: 'value'; name: string; minInterval: 1 };
  series: { type: 'line'; name: string; data: number[]; showSymbol: boolean }[];
};

/** Line series of `metric`, one per line, over the days of the first line (every line has the same days). */
export function trendChartOption(
  lines: readonly TrendLine[],
  metric: TrendMetric,
  labels: { metric: string; day: string },
): TrendChartOption {
  const dates = (lines[0]?.days ?? []).map((day) => day.date);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0, data: lines.map((line) => line.name) },
    grid: { left: 16, right: 24, top: 40, bottom: 40, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, name: labels.day, data: dates },
    yAxis: { type: 'value', name: labels.metric, minInterval: 1 },
    series: lines.map((line) => ({
      type: 'line',
      name: line.name,
      data: line.days.map((day) => day[metric]),
      showSymbol: dates.length <= 31,
    })),
  };
}

/**
 * @jest-environment node
 */
// ECharts server-side rendering measures text without a canvas: run where there is no DOM (jsdom has no canvas).
import { trendChartOption, type TrendLine } from './trend-chart';
import { trendChartSvg } from './trend-chart-echarts';

const day = (date: string, submitted: number) => ({
  date,
  submitted,
  approved: Math.floor(submitted / 2),
  households: 100,
  enteredHouseholds: 90,
  persons: 250,
  selfReported: 3,
});

const lines: TrendLine[] = [
  { name: '北山街道', days: [day('2020-11-01', 5), day('2020-11-02', 9), day('2020-11-03', 20)] },
  { name: '西溪街道', days: [day('2020-11-01', 1), day('2020-11-02', 4), day('2020-11-03', 4)] },
];

describe('trend chart options (ECharts)', () => {
  it('draws one line per township or enumerator over the days, of the chosen figure', () => {
    const option = trendChartOption(lines, 'submitted', { metric: '完成短表上报户数', day: '日期' });
    expect(option.xAxis.data).toEqual(['2020-11-01', '2020-11-02', '2020-11-03']);
    expect(option.legend.data).toEqual(['北山街道', '西溪街道']);
    expect(option.series).toEqual([
      { type: 'line', name: '北山街道', data: [5, 9, 20], showSymbol: true },
      { type: 'line', name: '西溪街道', data: [1, 4, 4], showSymbol: true },
    ]);
    expect(option.yAxis).toMatchObject({ name: '完成短表上报户数', minInterval: 1 });
    const approved = trendChartOption(lines, 'approved', { metric: '审核通过户数', day: '日期' });
    expect(approved.series[0].data).toEqual([2, 4, 10]);
  });

  it('renders to SVG with the Chinese names, through the modular ECharts build', () => {
    const svg = trendChartSvg(
      trendChartOption(lines, 'submitted', { metric: '完成短表上报户数', day: '日期' }),
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('北山街道');
    expect(svg).toContain('西溪街道');
    expect(svg).toContain('完成短表上报户数');
    // Two polylines, one per series.
    expect(svg.match(/<path d="M/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * ECharts, imported module by module (core, the line chart, the components the trend uses, the SVG renderer) and
 * loaded only when a trend is drawn (`import('./trend-chart-echarts')`): it stays out of the first chunk.
 */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import type { TrendChartOption } from './trend-chart';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface MountedChart {
  update(option: TrendChartOption): void;
  dispose(): void;
}

/** Draws into `element` (SVG), following its size. */
export function mountTrendChart(element: HTMLElement): MountedChart {
  const chart = echarts.init(element, null, { renderer: 'svg' });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return {
    update: (option) => chart.setOption(option, { notMerge: true }),
    dispose: () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    },
  };
}

/** The chart as an SVG document, drawn without a browser (server-side rendering): for tests and exports. */
export function trendChartSvg(option: TrendChartOption, width = 640, height = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

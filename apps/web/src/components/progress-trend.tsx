import { useEffect, useMemo, useRef, useState } from 'react';

import { ProgressDocument, ProgressTrendDocument, type ProgressTrendQuery } from '@census/client';
import { beijingDay, formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import type { Lang } from '../i18n';
import { useQuery } from '../use-query';
import { Section } from './fields';
import { ProgressSummary } from './progress';
import { LoadState } from './status';
import {
  TREND_METRICS,
  type TrendChartOption,
  trendChartOption,
  type TrendLine,
  type TrendMetric,
} from './trend-chart';
import type { MountedChart } from './trend-chart-echarts';

/**
 * The trend's own labels, kept here rather than in i18n.ts: the message catalogue is part of the entry chunk that
 * the resident's phone loads, and these are only for office pages.
 */
const TEXT = {
  zh: {
    asOfTitle: '数据截至',
    asOf: '查看某日数据',
    asOfNow: '数据截至：现在（{time}，北京时间）',
    asOfDay: '数据截至：{day} 24:00（北京时间），当日结束时的数据',
    title: '进度趋势',
    from: '起始日',
    to: '截止日',
    day: '日期',
    metric: '指标',
    'metric.submitted': '完成短表上报户数',
    'metric.approved': '审核通过户数',
    'metric.households': '住户总数',
    'metric.enteredHouseholds': '平台完成录入户数',
    'metric.persons': '平台完成录入人口',
    'metric.selfReported': '自主填报并上报户数',
    range: '日期范围须为 1 至 {max} 天。',
    chartLabel: '{metric}趋势图：{from} 至 {to}，共 {lines} 条线',
  },
  en: {
    asOfTitle: 'Figures as of',
    asOf: 'Figures of a day',
    asOfNow: 'Figures as of now ({time}, Beijing time)',
    asOfDay: 'Figures as of {day} 24:00 (Beijing time), the end of that day',
    title: 'Progress over time',
    from: 'From',
    to: 'To',
    day: 'Day',
    metric: 'Figure',
    'metric.submitted': 'Households submitted',
    'metric.approved': 'Households approved',
    'metric.households': 'Households',
    'metric.enteredHouseholds': 'Households entered',
    'metric.persons': 'Persons entered',
    'metric.selfReported': 'Self-reported and submitted',
    range: 'The range must be 1 to {max} days.',
    chartLabel: 'Trend of {metric}: {from} to {to}, {lines} lines',
  },
} satisfies Record<Lang, Record<string, string>>;

type TextKey = keyof (typeof TEXT)['zh'];

/** The label `key` in `lang`, with `{name}` placeholders filled. */
export function trendText(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The longest range the API draws at once (Progress.trend). */
export const MAX_TREND_DAYS = 120;
const DAY_MS = 86_400_000;

/** `day` moved by `days` (YYYY-MM-DD). */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

type Trend = NonNullable<NonNullable<ProgressTrendQuery['progress']>['trend']>;

/**
 * The lines of a zone's trend: on a township (or census zone) page one per enumerator, elsewhere one per child zone
 * (a county page: its townships); the zone itself when it has neither.
 */
export function trendLines(trend: Trend, level: string, zoneName: string): TrendLine[] {
  const enumerators = trend.enumerators.map((row) => ({
    name: row.account?.name ?? row.smallZones.join('、'),
    days: row.days,
  }));
  const children = trend.children.map((row) => ({ name: row.zone?.name ?? row.zoneCode, days: row.days }));
  const byEnumerator = level === 'TOWNSHIP' || level === 'CENSUS_ZONE' || level === 'SMALL_ZONE';
  const lines = byEnumerator ? enumerators : children;
  return lines.length > 0 ? lines : [{ name: zoneName, days: trend.days }];
}

/** The chart: ECharts is loaded when the first chart is drawn, not with the page. */
export function TrendChart({ option, label }: { option: TrendChartOption; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<MountedChart | null>(null);
  useEffect(() => {
    let current = true;
    void import('./trend-chart-echarts').then(({ mountTrendChart }) => {
      if (!current || !element.current) return;
      chart.current ??= mountTrendChart(element.current);
      chart.current.update(option);
    });
    return () => {
      current = false;
    };
  }, [option]);
  useEffect(
    () => () => {
      chart.current?.dispose();
      chart.current = null;
    },
    [],
  );
  return <div ref={element} className="trend-chart" role="img" aria-label={label} />;
}

/**
 * 数据截至 and 进度趋势 of a zone page: a day picker showing the figures at the end of a past day (exact, from the
 * daily snapshots), and the trend chart per township (county page) or per enumerator (township page).
 */
export function ProgressHistory({ code, level, name }: { code: string; level: string; name: string }) {
  const { lang } = useApp();
  const t = (key: TextKey, params?: Record<string, string | number>) => trendText(lang, key, params);
  const today = beijingDay(new Date());
  const [asOf, setAsOf] = useState('');
  const past = asOf !== '' && asOf < today;
  const day = useQuery(ProgressDocument, { zoneCode: code, asOf }, !past);
  const [from, setFrom] = useState(() => shiftDay(today, -29));
  const [to, setTo] = useState(today);
  const [metric, setMetric] = useState<TrendMetric>('submitted');
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  const valid = days >= 1 && days <= MAX_TREND_DAYS;
  const trend = useQuery(ProgressTrendDocument, { zoneCode: code, from, to }, !valid);
  const lines = useMemo(
    () => (trend.data?.progress?.trend ? trendLines(trend.data.progress.trend, level, name) : []),
    [trend.data, level, name],
  );
  const metricLabel = t(`metric.${metric}`);
  const option = useMemo(
    () => trendChartOption(lines, metric, { metric: metricLabel, day: trendText(lang, 'day') }),
    [lines, metric, metricLabel, lang],
  );
  const figures = day.data?.progress;
  return (
    <>
      <Section title={t('asOfTitle')}>
        <label className="field">
          <span>{t('asOf')}</span>
          <input type="date" value={asOf} max={today} onChange={(event) => setAsOf(event.target.value)} />
        </label>
        <p className="as-of" data-as-of={past ? asOf : 'now'}>
          {past ? t('asOfDay', { day: asOf }) : t('asOfNow', { time: formatBeijingMoment(new Date()) })}
        </p>
        {past && (
          <LoadState loading={day.loading && !day.data} error={day.error} retry={() => void day.reload()} />
        )}
        {past && figures && <ProgressSummary figures={figures} />}
      </Section>
      {level !== 'SMALL_ZONE' && (
        <Section title={t('title')}>
          <div className="trend-controls">
            <label className="field">
              <span>{t('from')}</span>
              <input type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('to')}</span>
              <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('metric')}</span>
              <select value={metric} onChange={(event) => setMetric(event.target.value as TrendMetric)}>
                {TREND_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {t(`metric.${m}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {!valid && <p className="notice">{t('range', { max: MAX_TREND_DAYS })}</p>}
          <LoadState
            loading={trend.loading && !trend.data}
            error={trend.error}
            retry={() => void trend.reload()}
          />
          {valid && lines.length > 0 && (
            <TrendChart
              option={option}
              label={t('chartLabel', { metric: metricLabel, from, to, lines: lines.length })}
            />
          )}
        </Section>
      )}
    </>
  );
}

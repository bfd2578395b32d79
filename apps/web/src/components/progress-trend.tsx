import { useEffect, useMemo, useRef, useState } from 'react';

import { ProgressDocument, ProgressTrendDocument, type ProgressTrendQuery } from '@census/client';
import { beijingDay, formatBeijingMoment } from '@census/rules';

import { useApp } from '../app-context';
import type { MessageKey } from '../i18n';
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
export function ProgressHistory({
  code,
  level,
  name,
  day: chosen,
}: {
  code: string;
  level: string;
  name: string;
  /**
   * The day the page shows, held by the page: its main figures follow the picker, and this section then shows no
   * figures of its own. Without it the section keeps the day and shows that day's figures itself.
   */
  day?: { asOf: string; setAsOf: (day: string) => void };
}) {
  const { t } = useApp();
  const today = beijingDay(new Date());
  const [ownAsOf, setOwnAsOf] = useState('');
  const asOf = chosen ? chosen.asOf : ownAsOf;
  const setAsOf = chosen ? chosen.setAsOf : setOwnAsOf;
  const past = asOf !== '' && asOf < today;
  const day = useQuery(ProgressDocument, { zoneCode: code, asOf }, !past || chosen !== undefined);
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
  const metricLabel = t(`trend.metric.${metric}` as MessageKey);
  const option = useMemo(
    () => trendChartOption(lines, metric, { metric: metricLabel, day: t('trend.day') }),
    [lines, metric, metricLabel, t],
  );
  const figures = day.data?.progress;
  return (
    <>
      <Section title={t('trend.asOfTitle')}>
        <label className="field">
          <span>{t('trend.asOf')}</span>
          <input type="date" value={asOf} max={today} onChange={(event) => setAsOf(event.target.value)} />
        </label>
        <p className="as-of" data-as-of={past ? asOf : 'now'}>
          {past
            ? t('trend.asOfDay', { day: asOf })
            : t('trend.asOfNow', { time: formatBeijingMoment(new Date()) })}
        </p>
        {past && !chosen && (
          <LoadState loading={day.loading && !day.data} error={day.error} retry={() => void day.reload()} />
        )}
        {past && !chosen && figures && <ProgressSummary figures={figures} />}
      </Section>
      {level !== 'SMALL_ZONE' && (
        <Section title={t('trend.title')}>
          <div className="trend-controls">
            <label className="field">
              <span>{t('trend.from')}</span>
              <input type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('trend.to')}</span>
              <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('trend.metric')}</span>
              <select value={metric} onChange={(event) => setMetric(event.target.value as TrendMetric)}>
                {TREND_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {t(`trend.metric.${m}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {!valid && <p className="notice">{t('trend.range', { max: MAX_TREND_DAYS })}</p>}
          <LoadState
            loading={trend.loading && !trend.data}
            error={trend.error}
            retry={() => void trend.reload()}
          />
          {valid && lines.length > 0 && (
            <TrendChart
              option={option}
              label={t('trend.chartLabel', { metric: metricLabel, from, to, lines: lines.length })}
            />
          )}
        </Section>
      )}
    </>
  );
}

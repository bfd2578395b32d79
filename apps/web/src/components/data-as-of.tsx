import { useMemo } from 'react';

import { useApp } from '../app-context';

const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment in Beijing time written 2020年11月1日 08:05, as the report writes it. */
export function beijingTime(at: Date): string {
  const parts = Object.fromEntries(BEIJING.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

/**
 * "数据截至 <Beijing time>" under progress figures: `at` is the moment the server read them (the report gives it)
 * or answered them (`updatedAt` of a query: progress figures are exact at the moment of the request, and an answer
 * kept on the phone keeps its time). Nothing while there is none.
 */
export function DataAsOf({ at }: { at?: string | Date | 0 | null | undefined }) {
  const { t } = useApp();
  const moment = useMemo(() => (at ? new Date(at) : null), [at]);
  if (!moment) return null;
  return (
    <p className="data-as-of" data-as-of={moment.toISOString()}>
      {t('progress.asOf', { time: beijingTime(moment) })}
    </p>
  );
}

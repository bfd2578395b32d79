import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { AgendaDocument } from '@census/client';

import { useApp } from '../app-context';
import { StageBadge } from '../components/badges';
import { Section } from '../components/fields';
import { LoadState } from '../components/status';
import { dynamicKey } from '../i18n';
import { useCachedQuery } from '../offline/query-cache';

/** Today's agenda: appointments, households not yet visited, households not met several times. */
export function AgendaPage() {
  const { t } = useApp();
  const { data, loading, error, reload } = useCachedQuery(AgendaDocument, { first: 50 });
  const agenda = data?.agenda;
  if (!agenda) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  return (
    <>
      <h1>{t('agenda.title', { date: agenda.date })}</h1>
      <div className="agenda">
        <Group title={t('agenda.appointments')} total={agenda.appointments.totalCount}>
          {agenda.appointments.nodes.map((a) => (
            <li key={a.id}>
              <Link to={`/households/${a.household.id}`}>
                {a.household.smallZoneCode}-{a.household.number}
              </Link>{' '}
              {new Date(a.plannedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} ·{' '}
              {t(dynamicKey('visit.slot.', a.slot))}
              {a.contact ? ` · ${a.contact}` : ''}
            </li>
          ))}
        </Group>
        <Group title={t('agenda.notVisited')} total={agenda.notVisited.totalCount}>
          {agenda.notVisited.nodes.map((h) => (
            <li key={h.id}>
              <Link to={`/households/${h.id}`}>
                {h.smallZoneCode}-{h.number}
              </Link>{' '}
              <StageBadge stage={h.stage} />
            </li>
          ))}
        </Group>
        <Group title={t('agenda.repeatedFailures')} total={agenda.repeatedFailures.totalCount}>
          {agenda.repeatedFailures.nodes.map((h) => (
            <li key={h.id}>
              <Link to={`/households/${h.id}`}>
                {h.smallZoneCode}-{h.number}
              </Link>{' '}
              {h.visitsConnection.nodes
                .map(
                  (v) =>
                    `${t(dynamicKey('visit.slot.', v.slot))} ${t(dynamicKey('visit.outcome.', v.outcome))}`,
                )
                .join(' / ')}
            </li>
          ))}
        </Group>
      </div>
    </>
  );
}

function Group({ title, total, children }: { title: string; total: number; children: ReactNode[] }) {
  const { t } = useApp();
  return (
    <Section title={title}>
      <p>{t('agenda.total', { count: total })}</p>
      {children.length === 0 ? <p>{t('agenda.none')}</p> : <ul className="plain agenda-list">{children}</ul>}
    </Section>
  );
}

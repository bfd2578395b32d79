import type { ReactNode } from 'react';
import { Link } from 'react-router';

import {
  AgendaDocument,
  type AgendaHouseholdFieldsFragment,
  type AgendaQuery,
  type AgendaQueryVariables,
} from '@census/client';

import { useApp } from '../app-context';
import { StageBadge } from '../components/badges';
import { Section } from '../components/fields';
import { LoadState } from '../components/status';
import { dynamicKey } from '../i18n';
import { useCachedQuery } from '../offline/query-cache';
import { type MorePages, type Page, useMorePages } from '../use-paged-query';

type Agenda = NonNullable<AgendaQuery['agenda']>;
type ListName = 'appointments' | 'notVisited' | 'repeatedFailures';

/**
 * The variables that read the page after `after` of one list of the agenda (the others answer their first page
 * again, unused: the agenda is one document, whose lists every client reads).
 */
const ONLY: Record<ListName, (after: string) => Partial<AgendaQueryVariables>> = {
  appointments: (after) => ({ appointmentsAfter: after }),
  notVisited: (after) => ({ notVisitedAfter: after }),
  repeatedFailures: (after) => ({ failuresAfter: after }),
};

/** The pages of one list of the agenda after the first (which the agenda query reads, kept on the phone). */
function useAgendaList<K extends ListName>(agenda: Agenda | undefined, name: K) {
  const { request } = useApp();
  type Node = NonNullable<Agenda[K]>['nodes'][number];
  const page = agenda?.[name] as Page<Node> | undefined;
  return useMorePages<Node>(page, async (after) => {
    const next = await request(AgendaDocument, { first: 50, ...ONLY[name](after) });
    return next.agenda[name];
  });
}

/** Today's agenda: appointments, households not yet visited, households not met several times; 50 at a time. */
export function AgendaPage() {
  const { t } = useApp();
  const { data, loading, error, reload } = useCachedQuery(AgendaDocument, { first: 50 });
  const agenda = data?.agenda ?? undefined;
  const appointments = useAgendaList(agenda, 'appointments');
  const notVisited = useAgendaList(agenda, 'notVisited');
  const failures = useAgendaList(agenda, 'repeatedFailures');
  if (!agenda) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  return (
    <>
      <h1>{t('agenda.title', { date: agenda.date })}</h1>
      <div className="agenda">
        <Group title={t('agenda.appointments')} total={agenda.appointments.totalCount} list={appointments}>
          {appointments.nodes.map((a) => (
            <li key={a.id}>
              <HouseholdLink household={a.household} />
              <span>
                {new Date(a.plannedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} ·{' '}
                {t(dynamicKey('visit.slot.', a.slot))}
                {a.contact ? ` · ${a.contact}` : ''}
              </span>
            </li>
          ))}
        </Group>
        <Group title={t('agenda.notVisited')} total={agenda.notVisited.totalCount} list={notVisited}>
          {notVisited.nodes.map((h) => (
            <li key={h.id}>
              <HouseholdLink household={h} /> <StageBadge stage={h.stage} />
            </li>
          ))}
        </Group>
        <Group
          title={t('agenda.repeatedFailures')}
          total={agenda.repeatedFailures.totalCount}
          list={failures}
        >
          {failures.nodes.map((h) => (
            <li key={h.id}>
              <HouseholdLink household={h} />
              <span>
                {h.visitsConnection.nodes
                  .map(
                    (v) =>
                      `${t(dynamicKey('visit.slot.', v.slot))} ${t(dynamicKey('visit.outcome.', v.outcome))}`,
                  )
                  .join(' / ')}
              </span>
            </li>
          ))}
        </Group>
      </div>
    </>
  );
}

/** A household as the enumerator finds it: the address (building, unit) and the household number. */
function HouseholdLink({ household }: { household: AgendaHouseholdFieldsFragment }) {
  const { t } = useApp();
  const { t: ft } = useApp();
  const address = household.building?.address ?? ft('agenda.noAddress');
  return (
    <Link to={`/households/${household.id}`} className="agenda-household">
      <span className="agenda-address">
        {address}
        {household.unit ? ` ${t('small.unit')} ${household.unit}` : ''}
      </span>{' '}
      <span className="code">
        {t('small.number')} {household.number}
      </span>
    </Link>
  );
}

function Group({
  title,
  total,
  list,
  children,
}: {
  title: string;
  total: number;
  list: Pick<MorePages<unknown>, 'error' | 'hasNextPage' | 'loadingMore' | 'more'>;
  children: ReactNode[];
}) {
  const { t } = useApp();
  const { t: ft } = useApp();
  return (
    <Section title={title}>
      <p>{t('agenda.total', { count: total })}</p>
      {children.length === 0 ? <p>{t('agenda.none')}</p> : <ul className="plain agenda-list">{children}</ul>}
      {list.error && <LoadState loading={false} error={list.error} retry={() => void list.more()} />}
      {list.hasNextPage && (
        <button type="button" disabled={list.loadingMore} onClick={() => void list.more()}>
          {ft('agenda.more')}
        </button>
      )}
    </Section>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';

import { WebHouseholdDocument } from '@census/client';

import { useApp } from '../app-context';
import { StageBadge, StatusBadge } from '../components/badges';
import { ReviewActions } from '../components/review-actions';
import { SelfReportCode } from '../components/self-report-code';
import { LoadState } from '../components/status';
import { OutboxPanel } from '../offline/outbox-panel';
import { useCachedQuery } from '../offline/query-cache';
import { HouseholdActivity } from './HouseholdActivity';
import { HouseholdForm, type LoadedHousehold } from './HouseholdForm';

const REVIEWERS = ['SUPERVISOR', 'TOWNSHIP_OFFICER', 'COUNTY_ADMIN'];

export function HouseholdPage({ id }: { id: string }) {
  const { t, session } = useApp();
  const { data, loading, error, reload } = useCachedQuery(WebHouseholdDocument, { id });
  const [message, setMessage] = useState('');
  const node = data?.node;
  const household: LoadedHousehold | undefined = node?.__typename === 'Household' ? node : undefined;
  if (!data) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  if (!household) return <p className="notice">{t('household.notFound')}</p>;
  const reviewer = REVIEWERS.includes(session?.account.role ?? '');
  return (
    <>
      <nav className="crumbs">
        <Link to={`/zones/${household.smallZoneCode}`}>↑ {household.smallZoneCode}</Link>
      </nav>
      <h1>
        {t('household.title', { zone: household.smallZoneCode, number: household.number })}{' '}
        <StatusBadge status={household.status} /> <StageBadge stage={household.stage} />
      </h1>
      {household.building && (
        <p>
          {t('household.address')}: {household.building.address ?? household.building.number}
          {household.unit ? ` ${household.unit}` : ''}
        </p>
      )}
      {household.stage === 'RETURNED' && household.returnReason && (
        <p className="notice notice-warn">{t('household.returned', { reason: household.returnReason })}</p>
      )}
      <p className="flash" role="status" aria-live="polite">
        {message}
      </p>
      {reviewer && household.stage === 'SUBMITTED' && (
        <section className="card">
          <ReviewActions
            household={household}
            onDone={(done) => {
              setMessage(done);
              void reload();
            }}
          />
        </section>
      )}
      <OutboxPanel household={household} reload={reload} />
      <HouseholdForm key={household.id} household={household} reload={reload} onMessage={setMessage} />
      <SelfReportCode household={household} onIssued={() => void reload()} />
      <HouseholdActivity household={household} reload={reload} />
    </>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';

import { WebHouseholdDocument } from '@census/client';

import { useApp } from '../app-context';
import { StageBadge, StatusBadge } from '../components/badges';
import { ReviewActions } from '../components/review-actions';
import { ReviewSummary } from '../components/review-summary';
import { LoadState } from '../components/status';
import type { UserErrorLike } from '../household-form';
import { OutboxPanel } from '../offline/outbox-panel';
import { useCachedQuery } from '../offline/query-cache';
import { HouseholdActivity, useActivityLists } from './HouseholdActivity';
import { EDITABLE_STAGES, HouseholdForm, type LoadedHousehold } from './HouseholdForm';
import { HouseholdPhone } from './HouseholdPhone';
import { HouseholdQuickActions } from './HouseholdQuickActions';
import { LongFormSample } from './LongFormSample';
import { LongFormSection } from './LongFormSection';
import { NextHousehold } from './NextHousehold';
import { reasonText } from './returned-reasons';

const REVIEWERS = ['SUPERVISOR', 'TOWNSHIP_OFFICER', 'COUNTY_ADMIN'];

/**
 * One household, phone first: the frequent actions at the top (无人在家, a visit, an appointment, the self-report
 * code, each opening in place), then the household items, then the persons as cards; save and submit results in
 * the sticky bar at the bottom, and after a submit the next household to do; the history below.
 */
export function HouseholdPage({ id }: { id: string }) {
  const { data, loading, error, reload } = useCachedQuery(WebHouseholdDocument, { id });
  const node = data?.node;
  const household: LoadedHousehold | undefined = node?.__typename === 'Household' ? node : undefined;
  if (!data) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  return <LoadedHouseholdPage household={household} reload={reload} />;
}

function LoadedHouseholdPage({
  household,
  reload,
}: {
  household: LoadedHousehold | undefined;
  reload: () => Promise<void>;
}) {
  const { t, session } = useApp();
  const [message, setMessage] = useState('');
  if (!household) return <p className="notice">{t('household.notFound')}</p>;
  const reviewer = REVIEWERS.includes(session?.account.role ?? '');
  return (
    <LoadedHousehold
      household={household}
      reload={reload}
      reviewer={reviewer}
      message={message}
      setMessage={setMessage}
    />
  );
}

function LoadedHousehold({
  household,
  reload,
  reviewer,
  message,
  setMessage,
}: {
  household: LoadedHousehold;
  reload: () => Promise<void>;
  reviewer: boolean;
  message: string;
  setMessage: (message: string) => void;
}) {
  const { t } = useApp();
  const lists = useActivityLists(household);
  const [submitProblems, setSubmitProblems] = useState<readonly UserErrorLike[]>([]);
  return (
    <>
      <nav className="crumbs">
        <Link to={`/zones/${household.smallZoneCode}`}>↑ {household.smallZoneCode}</Link>
      </nav>
      <h1>
        {t('household.title', { zone: household.smallZoneCode, number: household.number })}{' '}
        <StatusBadge status={household.status} /> <StageBadge stage={household.stage} />
        {household.longForm.sampled && (
          <>
            {' '}
            <span className="badge badge-busy" data-long-form-badge>
              {t('lf.badge')}
            </span>
          </>
        )}
      </h1>
      {household.building && (
        <p className="household-address">
          {t('household.address')}: {household.building.address ?? household.building.number}
          {household.unit ? ` ${household.unit}` : ''}
        </p>
      )}
      <HouseholdPhone household={household} />
      {household.stage === 'RETURNED' && household.returnReasons.length > 0 ? (
        <ReturnedReasons household={household} />
      ) : (
        household.stage === 'RETURNED' &&
        household.returnReason && (
          <p className="notice notice-warn">{t('household.returned', { reason: household.returnReason })}</p>
        )
      )}
      {reviewer && household.stage === 'SUBMITTED' && (
        <section className="card">
          <ReviewActions
            household={household}
            persons={household.persons}
            onDone={(done) => {
              setMessage(done);
              void reload();
            }}
          />
        </section>
      )}
      <p className="flash" role="status" aria-live="polite">
        {message}
      </p>
      <OutboxPanel household={household} reload={reload} />
      <HouseholdQuickActions household={household} lists={lists} reload={reload} />
      {reviewer && !EDITABLE_STAGES.includes(household.stage) ? (
        // A reviewer reads a submitted or approved household as text, not as a locked form.
        <ReviewSummary household={household} />
      ) : (
        <HouseholdForm
          key={household.id}
          household={household}
          reload={reload}
          afterSubmit={<NextHousehold household={household} />}
          onSubmitProblems={setSubmitProblems}
        />
      )}
      {household.longForm.sampled && (
        <LongFormSection
          householdId={household.id}
          version={household.version}
          editable={EDITABLE_STAGES.includes(household.stage)}
          reload={reload}
          submitProblems={submitProblems}
        />
      )}
      <LongFormSample household={household} reload={reload} setMessage={setMessage} />
      <HouseholdActivity household={household} reload={reload} lists={lists} />
    </>
  );
}

/** 退回原因 by item, for the enumerator: each names the person (第N人) and item the supervisor pointed at. */
function ReturnedReasons({ household }: { household: LoadedHousehold }) {
  const { t, lang } = useApp();
  return (
    <section className="notice notice-warn returned-reasons" aria-label={t('review.returnedReasons')}>
      <h2>{t('review.returnedReasons')}</h2>
      <ul>
        {household.returnReasons.map((reason, index) => (
          <li key={index} data-line={reason.lineNumber ?? undefined} data-item={reason.item ?? undefined}>
            {reasonText(reason, lang, (line) => t('person.line', { line }))}
          </li>
        ))}
      </ul>
    </section>
  );
}

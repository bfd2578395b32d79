import { useState } from 'react';
import { Link } from 'react-router';

import { HouseholdsDocument, ProgressDocument } from '@census/client';

import { useApp } from '../app-context';
import { StageBadge, StatusBadge } from '../components/badges';
import { Section } from '../components/fields';
import { PaceTable } from '../components/progress';
import { ReviewActions } from '../components/review-actions';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import { useQuery } from '../use-query';

/** The supervisor's review queue (households submitted in the zones it sees) and the enumerators' pace. */
export function ReviewPage() {
  const { t } = useApp();
  const [message, setMessage] = useState('');
  const { data, loading, error, reload } = useQuery(HouseholdsDocument, {
    filter: { stage: ['SUBMITTED'] },
    first: 50,
  });
  const queue = data?.households;
  const home = useHomeZones();
  return (
    <>
      <h1>{t('review.title')}</h1>
      <p className="flash" role="status" aria-live="polite">
        {message}
      </p>
      <LoadState loading={loading && !data} error={error} retry={() => void reload()} />
      {queue && (
        <section className="card" aria-label={t('review.title')}>
          <p>{t('review.count', { count: queue.totalCount })}</p>
          {queue.totalCount === 0 && <p>{t('review.empty')}</p>}
          <ul className="review-list">
            {queue.nodes.map((household) => (
              <li
                key={household.id}
                className="review-item"
                data-household={`${household.smallZoneCode}-${household.number}`}
              >
                <div>
                  <Link to={`/households/${household.id}`}>
                    {household.smallZoneCode}-{household.number}
                  </Link>{' '}
                  <StatusBadge status={household.status} /> <StageBadge stage={household.stage} />
                  {household.building?.address && <span className="hint"> {household.building.address}</span>}
                </div>
                <ReviewActions
                  household={household}
                  onDone={(done) => {
                    setMessage(done);
                    void reload();
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {home.zones?.map((zone) => (
        <ZonePace key={zone.code} code={zone.code} name={zone.name} />
      ))}
    </>
  );
}

function ZonePace({ code, name }: { code: string; name: string }) {
  const { t } = useApp();
  const { data } = useQuery(ProgressDocument, { zoneCode: code });
  const rows = data?.progress?.enumeratorProgress;
  if (!rows || rows.length === 0) return null;
  return (
    <Section title={`${t('zone.pace')} · ${name} ${code}`}>
      <PaceTable rows={rows} />
    </Section>
  );
}

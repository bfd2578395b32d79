/**
 * After a submit: the next household of the same small zone that is not yet submitted (the next number after this
 * one, else the first left), as a link, so the enumerator goes on without going back to the list.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';

import { HouseholdsDocument, HouseholdStage } from '@census/client';

import { useApp } from '../app-context';
import { errorText } from '../i18n';

const OPEN_STAGES = [HouseholdStage.LISTED, HouseholdStage.ENUMERATING, HouseholdStage.RETURNED];

export function NextHousehold({
  household,
}: {
  household: { id: string; smallZoneCode: string; number: string };
}) {
  const { t, lang, request } = useApp();
  const [next, setNext] = useState<{ id: string; number: string } | null | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    request(HouseholdsDocument, {
      filter: { zoneCode: household.smallZoneCode, stage: OPEN_STAGES },
      first: 100,
    }).then(
      ({ households }) => {
        const others = households.nodes.filter((h) => h.id !== household.id);
        const after = others.filter((h) => h.number > household.number);
        const found = (after.length > 0 ? after : others).sort((a, b) => a.number.localeCompare(b.number))[0];
        if (live) setNext(found ? { id: found.id, number: found.number } : null);
      },
      (caught: Error) => live && setError(errorText(lang, caught)),
    );
    return () => {
      live = false;
    };
  }, [household.id, household.smallZoneCode, household.number, lang, request]);

  if (error) return <p className="field-error">{error}</p>;
  if (next === undefined) return null;
  return (
    <p className="next-household">
      {next ? (
        <Link to={`/households/${next.id}`} className="button-link primary">
          {t('bar.next', { zone: household.smallZoneCode, number: next.number })} →
        </Link>
      ) : (
        <>
          {t('bar.noNext')}{' '}
          <Link to={`/zones/${household.smallZoneCode}`}>
            {t('bar.backToZone', { zone: household.smallZoneCode })}
          </Link>
        </>
      )}
    </p>
  );
}

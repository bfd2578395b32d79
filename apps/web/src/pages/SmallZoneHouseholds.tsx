import { useState } from 'react';
import { Link } from 'react-router';

import {
  HouseholdsDocument,
  type HouseholdsQuery,
  type HouseholdStage,
  type HouseholdStatus,
} from '@census/client';
import {
  HOUSEHOLD_STAGE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  HouseholdStage as Stages,
  HouseholdStatus as Statuses,
} from '@census/rules';

import { useApp } from '../app-context';
import { StageBadge, StatusBadge } from '../components/badges';
import { SelectField } from '../components/fields';
import { LoadState } from '../components/status';
import { enumLabel } from '../i18n';
import { usePagedQuery } from '../use-paged-query';

type Household = HouseholdsQuery['households']['nodes'][number];

/** The households of a small zone by building, with status and stage badges and filters. */
export function SmallZoneHouseholds({ code }: { code: string }) {
  const { t, lang } = useApp();
  const [status, setStatus] = useState('');
  const [stage, setStage] = useState('');
  const filter = {
    zoneCode: code,
    ...(status ? { status: [status as HouseholdStatus] } : {}),
    ...(stage ? { stage: [stage as HouseholdStage] } : {}),
  };
  // Whole pages of 100 (the most the API gives at once); "more" appends the next page after the last endCursor.
  const households = usePagedQuery(HouseholdsDocument, { filter, first: 100 }, (data) => data.households, {
    cached: true,
  });
  const groups = new Map<string, { label: string; items: Household[] }>();
  for (const household of households.nodes) {
    const key = household.building?.id ?? '';
    const label = household.building
      ? `${t('small.building')} ${household.building.number}${household.building.address ? ` · ${household.building.address}` : ''}`
      : t('small.noBuilding');
    const group = groups.get(key) ?? { label, items: [] };
    group.items.push(household);
    groups.set(key, group);
  }
  return (
    <section className="card" aria-labelledby="households-title">
      <h2 id="households-title">{t('small.households')}</h2>
      <fieldset className="filters">
        <legend>{t('small.filters')}</legend>
        <SelectField
          label={t('small.status')}
          value={status}
          onChange={setStatus}
          blank={t('small.all')}
          options={Object.values(Statuses).map((value) => ({
            value,
            label: enumLabel(HOUSEHOLD_STATUS_LABELS, value, lang),
          }))}
        />
        <SelectField
          label={t('small.stage')}
          value={stage}
          onChange={setStage}
          blank={t('small.all')}
          options={Object.values(Stages).map((value) => ({
            value,
            label: enumLabel(HOUSEHOLD_STAGE_LABELS, value, lang),
          }))}
        />
      </fieldset>
      <LoadState
        loading={households.loading && households.totalCount === undefined}
        error={households.error}
        retry={() => void households.reload()}
      />
      {households.totalCount !== undefined && (
        <>
          <p aria-live="polite">{t('small.count', { count: households.totalCount })}</p>
          {households.totalCount === 0 && <p>{t('small.empty')}</p>}
          {[...groups.entries()].map(([key, group]) => (
            <div key={key} className="building">
              <h3>{group.label}</h3>
              <ul className="household-list">
                {group.items.map((household) => (
                  <li key={household.id}>
                    <Link to={`/households/${household.id}`} className="household-link">
                      <span className="household-number">
                        {t('small.number')} {household.number}
                      </span>
                      {household.unit && (
                        <span className="unit">
                          {t('small.unit')} {household.unit}
                        </span>
                      )}
                      <StatusBadge status={household.status} />
                      <StageBadge stage={household.stage} />
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {households.hasNextPage && (
            <button type="button" disabled={households.loadingMore} onClick={() => void households.more()}>
              {t('small.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';

import {
  BuildingsDocument,
  type HouseholdStage,
  type HouseholdStatus,
  ZoneHouseholdsDocument,
  type ZoneHouseholdsQuery,
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
import { useCachedQuery } from '../offline/query-cache';
import { usePagedQuery } from '../use-paged-query';
import { AddBuilding, AddHousehold, BuildingLocations } from './SmallZoneAdd';

type Household = ZoneHouseholdsQuery['households']['nodes'][number];

/** The most characters the API takes in a search (HouseholdFilter.search). */
export const SEARCH_MAX = 50;

/**
 * The households of a small zone by building: a search by address, head's name or phone, filters, and cards with the
 * head of household, the room, the person count, status and stage (all from one request). Below them: add a
 * household or a building found on the ground, and mark buildings' locations from the phone.
 */
export function SmallZoneHouseholds({ code }: { code: string }) {
  const { t, lang } = useApp();
  const { t: ft } = useApp();
  const [status, setStatus] = useState('');
  const [stage, setStage] = useState('');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const filter = {
    zoneCode: code,
    ...(status ? { status: [status as HouseholdStatus] } : {}),
    ...(stage ? { stage: [stage as HouseholdStage] } : {}),
    ...(search ? { search } : {}),
  };
  // Whole pages of 100 (the most the API gives at once); "more" appends the next page after the last endCursor.
  // The zone's list is kept on the phone for offline work; a search's answer is not.
  const households = usePagedQuery(
    ZoneHouseholdsDocument,
    { filter, first: 100 },
    (data) => data.households,
    {
      cached: !search,
    },
  );
  // The small zone's buildings (those without households too), for the forms and the locations.
  const buildings = useCachedQuery(BuildingsDocument, { filter: { zoneCode: code }, first: 100 });
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  return (
    <>
      <section className="card" aria-labelledby="households-title">
        <h2 id="households-title">{t('small.households')}</h2>
        <form className="search-form" role="search" onSubmit={submit}>
          <label htmlFor="household-search">{ft('small.search')}</label>
          <div className="search-row">
            <input
              id="household-search"
              type="search"
              value={typed}
              maxLength={SEARCH_MAX}
              enterKeyHint="search"
              placeholder={ft('small.searchHint')}
              onChange={(event) => {
                setTyped(event.target.value);
                // Clearing the box shows the whole list again.
                if (!event.target.value.trim()) setSearch('');
              }}
            />
            <button type="submit">{ft('small.searchButton')}</button>
          </div>
        </form>
        <details className="filters-box">
          <summary>{t('small.filters')}</summary>
          <fieldset className="filters">
            <legend className="visually-hidden">{t('small.filters')}</legend>
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
        </details>
        <LoadState
          loading={households.loading && households.totalCount === undefined}
          error={households.error}
          retry={() => void households.reload()}
        />
        {households.totalCount !== undefined && (
          <>
            <p aria-live="polite">
              {search
                ? ft('small.found', { count: households.totalCount, search })
                : t('small.count', { count: households.totalCount })}
            </p>
            {households.totalCount === 0 && <p>{t('small.empty')}</p>}
            {[...groups.entries()].map(([key, group]) => (
              <div key={key} className="building">
                <h3>{group.label}</h3>
                <ul className="household-list">
                  {group.items.map((household) => (
                    <li key={household.id}>
                      <HouseholdCard household={household} />
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
        <div className="add-actions">
          <AddHousehold zoneCode={code} buildings={buildings.data?.buildings.nodes ?? []} />
          <AddBuilding zoneCode={code} onCreated={() => void buildings.reload()} />
        </div>
      </section>
      <BuildingLocations
        buildings={buildings.data?.buildings.nodes ?? []}
        total={buildings.data?.buildings.totalCount}
      />
    </>
  );
}

/** One household: number and room, head of household, person count, status and stage. */
function HouseholdCard({ household }: { household: Household }) {
  const { t } = useApp();
  const { t: ft } = useApp();
  const head = household.persons.find((person) => person.relationship === 'HEAD');
  return (
    <Link to={`/households/${household.id}`} className="household-link">
      <span className="household-number">
        {t('small.number')} {household.number}
      </span>
      {household.unit && (
        <span className="unit">
          {t('small.unit')} {household.unit}
        </span>
      )}
      <span className="head">{head ? ft('small.head', { name: head.name }) : ft('small.noHead')}</span>
      <span className="person-count">{ft('small.persons', { count: household.persons.length })}</span>
      <StatusBadge status={household.status} />
      <StageBadge stage={household.stage} />
      {household.longForm.sampled && (
        <span className="badge badge-busy" data-long-form-badge>
          {ft('lf.badge')}
        </span>
      )}
    </Link>
  );
}

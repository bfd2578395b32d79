import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { countyCodeOf } from '@census/rules';

import type { Scope } from '../auth/principal';
import { Building } from '../buildings/building.entity';
import { countyRowKey } from '../common/global-id';
import { countiesCondition, createCountyGroupLoader, createCountyRowLoader } from '../common/key-loader';
import { perSelection } from '../common/key-loader';
import { countyRowParent, createPageLoader, type ListSpec, zoneParent } from '../common/page-loader';
import { type ColumnPlan, registerChildren } from '../common/selection';
import { hydrate, readQuery, selectList, SqlParams } from '../common/sql';
import { Household } from './household.entity';

export const HOUSEHOLD_LIST: ListSpec<Household> = {
  entity: Household,
  table: 'household',
  order: [
    { column: 'small_zone_code', property: 'smallZoneCode' },
    { column: 'number', property: 'number' },
  ],
};

/**
 * How the fields of `Household` map to columns (common/selection.ts): lists read only what their selection needs.
 * The phone is read as its masked form; the sealed value only for rows written before that column existed or
 * when it is asked `unmasked`.
 */
export const HOUSEHOLD_COLUMNS: ColumnPlan = {
  always: ['countyCode', 'rowId', 'smallZoneCode', 'number', 'buildingRowId'],
  wholeRow: ['longForm'],
  keyOnly: [
    'id',
    'persons',
    'building',
    'smallZone',
    'history',
    'problems',
    'problemsConnection',
    'visits',
    'visitsConnection',
    'appointments',
    'appointmentsConnection',
  ],
  special: {
    phone: {
      masked: [
        'phoneMasked',
        {
          property: 'phoneSealed',
          sql: (t) => `CASE WHEN ${t}.phone_masked IS NULL THEN ${t}.phone_sealed END`,
        },
      ],
      unmasked: ['phoneMasked', 'phoneSealed'],
    },
  },
};

// A building's households are read along with the buildings when a request selects them under buildings whose
// statement reads only known columns (common/selection.ts), their persons too when those can be. A household's
// building lies in its small zone (HouseholdService.resolveBuilding), which the condition repeats: the households
// are exactly as visible as their building.
registerChildren(Building, 'households', {
  entity: Household,
  plan: HOUSEHOLD_COLUMNS,
  table: 'household',
  link: (c, t) =>
    `${c}.county_code = ${t}.county_code AND ${c}.building_id = ${t}.id AND ${c}.small_zone_code = ${t}.small_zone_code`,
  orderBy: ['smallZoneCode', 'number'],
});

/** Natural key of a household: small-zone code and 3-digit number, as `<code>/<number>`. */
export const householdKey = (smallZoneCode: string, number: string) => `${smallZoneCode}/${number}`;

export function createHouseholdLoaders(db: DataSource, scope: Scope) {
  const columns = selectList(db, Household, 't');
  const visible = (household: Household) => scope.coversRow(household.smallZoneCode, household.rowId);
  const householdById = createCountyRowLoader(db, Household, 'household', visible);
  const prime = (household: Household) =>
    void householdById.prime(countyRowKey(household.countyCode, household.rowId), household);
  const options = {
    counties: scope.counties,
    visible: (params: SqlParams) => scope.condition('t.small_zone_code', params, 't.county_code'),
    prime,
  };
  return {
    householdById,
    householdByNumber: new DataLoader<string, Household | null>(
      async (keys) => {
        // The county follows from the small-zone code (keys hold canonical small-zone codes): the statement names
        // the counties of the keys, and a key of another county is matched only in its own.
        const pairs = keys
          .map((key) => key.split('/'))
          .map(([code, number]) => ({ code, number, county: countyCodeOf(code) }))
          .filter((pair): pair is { code: string; number: string; county: string } => pair.county !== null);
        if (!pairs.length) return keys.map(() => null);
        const params = new SqlParams();
        const codes = params.add(pairs.map((pair) => pair.code));
        const numbers = params.add(pairs.map((pair) => pair.number));
        const counties = params.add(pairs.map((pair) => pair.county));
        const where = countiesCondition(
          't',
          pairs.map((pair) => pair.county),
          params,
        );
        const rows = await readQuery<Record<string, unknown>>(
          db,
          `SELECT ${columns} FROM household t
             JOIN unnest(${codes}::text[], ${numbers}::text[], ${counties}::text[]) AS k(code, number, county)
               ON t.county_code = k.county AND t.small_zone_code = k.code AND t.number = k.number
            WHERE ${where ?? 'TRUE'}`,
          params.values,
        );
        const found = new Map(
          rows
            .map((row) => hydrate(Household, row))
            .filter(visible)
            .map((h) => [householdKey(h.smallZoneCode, h.number), h]),
        );
        return keys.map((key) => found.get(key) ?? null);
      },
      { batchScheduleFn: (run) => setImmediate(run) },
    ),
    /** A building's households, reading the columns of `selection` (every column without one). */
    householdsByBuilding: perSelection((selection) =>
      createCountyGroupLoader(
        db,
        Household,
        'household',
        'building_id',
        (household) => household.buildingRowId ?? '',
        't.small_zone_code, t.number',
        visible,
        prime,
        selection,
      ),
    ),
    householdsInZone: createPageLoader(db, HOUSEHOLD_LIST, zoneParent('t.small_zone_code'), options),
    households: createPageLoader(db, HOUSEHOLD_LIST, null, options),
    householdsOfBuilding: createPageLoader(db, HOUSEHOLD_LIST, countyRowParent('building_id'), {
      counties: scope.counties,
      visible: (params: SqlParams) =>
        scope.rowCondition('t.small_zone_code', 't.id', params, 't.county_code'),
      prime,
    }),
  };
}

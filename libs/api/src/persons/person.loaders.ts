import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { countyRowKey } from '../common/global-id';
import { createCountyGroupLoader, createCountyRowLoader, perSelection } from '../common/key-loader';
import { createPageLoader, type ListSpec, zoneParent } from '../common/page-loader';
import { type ColumnPlan, registerChildren } from '../common/selection';
import type { SqlParams } from '../common/sql';
import { Household } from '../households/household.entity';
import { Person } from './person.entity';

export const PERSON_LIST: ListSpec<Person> = {
  entity: Person,
  table: 'person',
  order: [
    { column: 'small_zone_code', property: 'smallZoneCode' },
    { column: 'id', property: 'rowId' },
  ],
};

/**
 * How the fields of `Person` map to columns (common/selection.ts). The citizen ID is read as its masked form; the
 * sealed value only for rows written before that column existed or when it is asked `unmasked`.
 */
export const PERSON_COLUMNS: ColumnPlan = {
  always: ['countyCode', 'rowId', 'householdRowId', 'smallZoneCode', 'lineNumber'],
  keyOnly: ['id', 'household', 'smallZone', 'problems', 'problemsConnection'],
  wholeRow: ['longForm'],
  special: {
    citizenId: {
      masked: [
        'citizenIdMasked',
        {
          property: 'citizenIdSealed',
          sql: (t) => `CASE WHEN ${t}.citizen_id_masked IS NULL THEN ${t}.citizen_id_sealed END`,
        },
      ],
      unmasked: ['citizenIdMasked', 'citizenIdSealed'],
    },
  },
};

// A household's persons are read along with the households when a request selects them under households whose
// statement reads only known columns (common/selection.ts): one statement for both levels. The persons are those
// of the household's own county and small zone (a person's small zone is its household's), so they are exactly
// as visible as their household.
registerChildren(Household, 'persons', {
  entity: Person,
  plan: PERSON_COLUMNS,
  table: 'person',
  link: (c, t) =>
    `${c}.county_code = ${t}.county_code AND ${c}.household_id = ${t}.id AND ${c}.small_zone_code = ${t}.small_zone_code`,
  orderBy: ['lineNumber'],
});

export function createPersonLoaders(db: DataSource, scope: Scope) {
  const visible = (person: Person) => scope.coversRow(person.smallZoneCode, person.householdRowId);
  const personById = createCountyRowLoader(db, Person, 'person', visible);
  const prime = (person: Person) =>
    void personById.prime(countyRowKey(person.countyCode, person.rowId), person);
  const options = {
    counties: scope.counties,
    visible: (params: SqlParams) => scope.condition('t.small_zone_code', params, 't.county_code'),
    prime,
  };
  return {
    personById,
    /** A household's persons, reading the columns of `selection` (every column without one). */
    personsByHousehold: perSelection((selection) =>
      createCountyGroupLoader(
        db,
        Person,
        'person',
        'household_id',
        (person) => person.householdRowId,
        't.household_id, t.line_number',
        visible,
        prime,
        selection,
      ),
    ),
    personsInZone: createPageLoader(db, PERSON_LIST, zoneParent('t.small_zone_code'), options),
    persons: createPageLoader(db, PERSON_LIST, null, options),
  };
}

import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { countyRowKey } from '../common/global-id';
import { createCountyGroupLoader, createCountyRowLoader } from '../common/key-loader';
import { createPageLoader, type ListSpec, zoneParent } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { Person } from './person.entity';

export const PERSON_LIST: ListSpec<Person> = {
  entity: Person,
  table: 'person',
  order: [
    { column: 'small_zone_code', property: 'smallZoneCode' },
    { column: 'id', property: 'rowId' },
  ],
};

export function createPersonLoaders(db: DataSource, scope: Scope) {
  const visible = (person: Person) => scope.coversRow(person.smallZoneCode, person.householdRowId);
  const personById = createCountyRowLoader(db, Person, 'person', visible);
  const prime = (person: Person) =>
    void personById.prime(countyRowKey(person.countyCode, person.rowId), person);
  const options = {
    visible: (params: SqlParams) => scope.condition('t.small_zone_code', params, 't.county_code'),
    prime,
  };
  return {
    personById,
    personsByHousehold: createCountyGroupLoader(
      db,
      Person,
      'person',
      'household_id',
      (person) => person.householdRowId,
      't.household_id, t.line_number',
      visible,
      prime,
    ),
    personsInZone: createPageLoader(db, PERSON_LIST, zoneParent('t.small_zone_code'), options),
    persons: createPageLoader(db, PERSON_LIST, null, options),
  };
}

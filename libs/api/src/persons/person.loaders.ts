import type { DataSource } from 'typeorm';
import { createGroupLoader, createKeyLoader } from '../common/key-loader';
import { createPageLoader, type ListSpec } from '../common/page-loader';
import { withinZone } from '../common/subtree';
import { Person } from './person.entity';

export const PERSON_LIST: ListSpec<Person> = {
  entity: Person,
  table: 'person',
  order: [
    { column: 'small_zone_code', property: 'smallZoneCode' },
    { column: 'id', property: 'rowId' },
  ],
};

export function createPersonLoaders(db: DataSource) {
  return {
    personById: createKeyLoader(db, Person, 'person', 'id', (person) => person.rowId),
    personsByHousehold: createGroupLoader(db, Person, 'person', 'household_id', (person) => person.householdRowId, 't.household_id, t.line_number'),
    personsInZone: createPageLoader(db, PERSON_LIST, (zone) => withinZone('t.small_zone_code', zone)),
    persons: createPageLoader(db, PERSON_LIST, null),
  };
}

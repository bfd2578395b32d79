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
  const personById = createKeyLoader(db, Person, 'person', 'id', (person) => person.rowId);
  const prime = (person: Person) => void personById.prime(person.rowId, person);
  return {
    personById,
    personsByHousehold: createGroupLoader(
      db,
      Person,
      'person',
      'household_id',
      (person) => person.householdRowId,
      't.household_id, t.line_number',
      prime,
    ),
    personsInZone: createPageLoader(db, PERSON_LIST, (zone) => withinZone('t.small_zone_code', zone), prime),
    persons: createPageLoader(db, PERSON_LIST, null, prime),
  };
}

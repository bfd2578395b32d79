import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { createCountyGroupLoader, createCountyRowLoader } from '../common/key-loader';
import { HouseholdEvent } from './household-event.entity';

export function createWorkflowLoaders(db: DataSource, scope: Scope) {
  return {
    householdEventById: createCountyRowLoader(db, HouseholdEvent, 'household_event', (event) =>
      scope.coversRow(event.smallZoneCode, event.householdRowId),
    ),
    eventsByHousehold: createCountyGroupLoader(
      db,
      HouseholdEvent,
      'household_event',
      'household_id',
      (event) => event.householdRowId,
      't.household_id, t.at, t.id',
      (event) => scope.coversRow(event.smallZoneCode, event.householdRowId),
    ),
  };
}

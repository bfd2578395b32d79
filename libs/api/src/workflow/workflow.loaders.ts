import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { createGroupLoader, createKeyLoader } from '../common/key-loader';
import { HouseholdEvent } from './household-event.entity';

export function createWorkflowLoaders(db: DataSource, scope: Scope) {
  return {
    householdEventById: createKeyLoader(
      db,
      HouseholdEvent,
      'household_event',
      'id',
      (event) => event.rowId,
      (event) => scope.coversRow(event.smallZoneCode, event.householdRowId),
    ),
    eventsByHousehold: createGroupLoader(
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

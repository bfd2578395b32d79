import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { createCountyGroupLoader, createCountyRowLoader } from '../common/key-loader';
import { countyRowParent, createPageLoader, type ListSpec } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { Appointment } from './appointment.entity';
import { Visit } from './visit.entity';

export const APPOINTMENT_LIST: ListSpec<Appointment> = {
  entity: Appointment,
  table: 'appointment',
  order: [
    { column: 'planned_at', property: 'plannedAt' },
    { column: 'id', property: 'rowId' },
  ],
};

/** A household's visits, oldest first (`Household.visitsConnection`). */
export const VISIT_LIST: ListSpec<Visit> = {
  entity: Visit,
  table: 'visit',
  order: [
    { column: 'visited_at', property: 'visitedAt' },
    { column: 'id', property: 'rowId' },
  ],
};

const ofHousehold = countyRowParent('household_id');

export function createVisitLoaders(db: DataSource, scope: Scope) {
  const inScope = (row: { smallZoneCode: string; householdRowId: string }) =>
    scope.coversRow(row.smallZoneCode, row.householdRowId);
  return {
    visitById: createCountyRowLoader(db, Visit, 'visit', inScope),
    appointmentById: createCountyRowLoader(db, Appointment, 'appointment', inScope),
    visitsByHousehold: createCountyGroupLoader(
      db,
      Visit,
      'visit',
      'household_id',
      (v) => v.householdRowId,
      't.household_id, t.visited_at, t.id',
      inScope,
    ),
    appointmentsByHousehold: createCountyGroupLoader(
      db,
      Appointment,
      'appointment',
      'household_id',
      (a) => a.householdRowId,
      't.household_id, t.planned_at, t.id',
      inScope,
    ),
    visitsOfHousehold: createPageLoader(db, VISIT_LIST, ofHousehold, {
      visible: (params: SqlParams) =>
        scope.rowCondition('t.small_zone_code', 't.household_id', params, 't.county_code'),
    }),
    appointmentsOfHousehold: createPageLoader(db, APPOINTMENT_LIST, ofHousehold, {
      visible: (params: SqlParams) =>
        scope.rowCondition('t.small_zone_code', 't.household_id', params, 't.county_code'),
    }),
    appointments: createPageLoader(db, APPOINTMENT_LIST, null, {
      visible: (params: SqlParams) => scope.condition('t.small_zone_code', params, 't.county_code'),
    }),
  };
}

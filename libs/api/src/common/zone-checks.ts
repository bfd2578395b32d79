import type { DataSource, EntityManager } from 'typeorm';

import { countyCodeOf, LOCKED_STAGES, normalizeZoneCode, ZoneLevel } from '@census/rules';

import type { Scope } from '../auth/principal';
import type { HouseholdStage } from './enums';
import { notAnIdMessage, type RowRef, rowRefCondition, rowRefOf } from './global-id';
import { query } from './sql';
import { coded, type UserError, userError, UserErrorCode } from './user-error';
import type { VersionedChange } from './versioned-input';

/** The county of a canonical small-zone code (its rows' `county_code`); throws for a code that is not canonical. */
export function countyOfSmallZone(smallZoneCode: string): string {
  const county = countyCodeOf(smallZoneCode);
  if (county === null) throw new Error(`'${smallZoneCode}' is not a canonical zone code.`);
  return county;
}

/**
 * Resolves the small-zone code of a building or household input: well-formed, of SMALL_ZONE level, existing.
 * Returns the canonical code and its county, or the user error naming `field`.
 */
export async function requireSmallZone(
  tx: EntityManager,
  input: string,
  field: string,
  scope: Scope,
): Promise<{ code: string; county: string } | { error: UserError }> {
  const parsed = normalizeZoneCode(input);
  if (!parsed.ok) return { error: userError(field, UserErrorCode.INVALID, parsed) };
  const { code, level } = parsed.value;
  if (level !== ZoneLevel.SMALL_ZONE) {
    return {
      error: userError(field, UserErrorCode.INVALID, coded('zone.notSmallZone', { zone: code, level })),
    };
  }
  if (!scope.covers(code)) return { error: outOfScope(field, code) };
  const [zone] = await query<{ found: number }>(tx, `SELECT 1 AS found FROM zone WHERE code = $1`, [code]);
  if (!zone)
    return {
      error: userError(field, UserErrorCode.NOT_FOUND, coded('zone.smallZoneNotFound', { zone: code })),
    };
  return { code, county: countyOfSmallZone(code) };
}

/**
 * The user error for a change that would tie a row to a row of another county (a person moved to a household of
 * another county, a household put in a building of another county): a row's `county_code` is its distribution key
 * and never changes (Citus cannot update a distribution column), and rows of one household stay in one county.
 */
export function otherCountyError(
  field: string,
  target: 'household' | 'building',
  row: 'person' | 'household',
  rowCounty: string,
  targetCounty: string,
): UserError {
  return userError(
    field,
    UserErrorCode.MISMATCH,
    coded('record.otherCounty', { target, row, rowCounty, targetCounty }),
  );
}

/** The user error for a building or household number another row of the small zone already uses. */
export function numberTaken(
  what: 'Building' | 'Household',
  number: string,
  smallZoneCode: string,
): UserError {
  return userError(
    'number',
    UserErrorCode.DUPLICATE,
    coded('zone.numberTaken', { object: what.toLowerCase(), number, zone: smallZoneCode }),
  );
}

/** Names only the caller's own scope, so it tells nothing about zones the caller cannot see. */
export function outOfScope(field: string, code: string): UserError {
  return userError(field, UserErrorCode.OUT_OF_SCOPE, coded('zone.outOfScope', { zone: code }));
}

/** The user error for a versioned row that is missing or moved past `expectedVersion`. */
export function missingOrConflict(
  what: string,
  current: { version: number } | undefined,
  expectedVersion: number,
  idField = 'id',
): UserError {
  // `what` is "Type id" (or a type): the message names the type only, never the global ID.
  const object = what.split(' ')[0].toLowerCase();
  if (!current) return userError(idField, UserErrorCode.NOT_FOUND, coded('record.notFound', { object }));
  return userError(
    'expectedVersion',
    UserErrorCode.CONFLICT,
    coded('record.versionConflict', { object, current: current.version, expected: expectedVersion }),
  );
}

export type LockedTable = 'building' | 'household' | 'person';

/** What `lockRow` reads of the row it locks. */
export interface LockedRow {
  /** The row's county: every later statement of the change names it. */
  county_code: string;
  version: number;
  small_zone_code: string;
  stage: HouseholdStage | null;
}

/**
 * Locks a building, household or person row for a change and returns its version, small zone and (for
 * households and persons) the household's workflow stage, or nothing when it does not exist or lies outside the
 * caller's scope (the two are indistinguishable to the caller).
 */
export async function lockRow(
  tx: EntityManager,
  table: LockedTable,
  ref: RowRef,
  scope: Scope,
): Promise<LockedRow | undefined> {
  // The county from the global ID names the partition; an old ID without one is searched in every county.
  const { condition, params } = rowRefCondition(ref);
  const statements = {
    building: `SELECT county_code, version, small_zone_code, NULL AS stage FROM building
                WHERE ${condition} FOR UPDATE`,
    household: `SELECT county_code, version, small_zone_code, stage FROM household WHERE ${condition} FOR UPDATE`,
    person: `SELECT p.county_code, p.version, p.small_zone_code, h.stage
               FROM person p JOIN household h ON h.county_code = p.county_code AND h.id = p.household_id
              WHERE ${rowRefCondition(ref, 'p').condition} FOR UPDATE OF p, h`,
  };
  const [row] = await query<LockedRow>(tx, statements[table], params);
  return row && scope.covers(row.small_zone_code) ? row : undefined;
}

/** The answer to a change of a household (or one of its persons) in a locked stage (`LOCKED_STAGES`). */
export function lockedStageError(stage: HouseholdStage): UserError {
  return userError('id', UserErrorCode.LOCKED, coded('household.locked', { stage }));
}

const NODE_TYPES = { building: 'Building', household: 'Household', person: 'Person' } as const;

/**
 * The steps every update and delete of a building, household or person shares, in this order: the input's ID must
 * name a row of that type; `validate` (input checks that need no row) must find nothing; then, in one transaction,
 * the row must exist in the caller's scope (locked for the change) at the version the input read, and its household
 * must not be in a locked stage. `change` then runs in that transaction; a failed step answers `reject` with its
 * user errors instead. Given an `EntityManager` already in a transaction, the change runs in a savepoint of it.
 */
export async function changeLockedRow<P>(
  db: DataSource | EntityManager,
  table: LockedTable,
  input: VersionedChange,
  scope: Scope,
  { reject, validate }: { reject: (userErrors: UserError[]) => P; validate?: () => UserError[] },
  change: (tx: EntityManager, rowId: string, current: LockedRow) => Promise<P>,
): Promise<P> {
  const type = NODE_TYPES[table];
  const ref = rowRefOf(input.id, type);
  if (!ref) return reject([userError('id', UserErrorCode.INVALID, notAnIdMessage(input.id, type))]);
  const errors = validate?.() ?? [];
  if (errors.length) return reject(errors);
  return db.transaction(async (tx) => {
    const current = await lockRow(tx, table, ref, scope);
    if (!current || current.version !== input.expectedVersion)
      return reject([missingOrConflict(`${type} ${input.id}`, current, input.expectedVersion)]);
    if (current.stage && LOCKED_STAGES.includes(current.stage))
      return reject([lockedStageError(current.stage)]);
    return change(tx, ref.id, current);
  });
}

import type { DataSource, EntityManager } from 'typeorm';

import { LOCKED_STAGES, normalizeZoneCode, ZoneLevel } from '@census/rules';

import type { Scope } from '../auth/principal';
import type { HouseholdStage } from './enums';
import { notAnIdMessage, rowIdOf } from './global-id';
import { query } from './sql';
import { type UserError, userError, UserErrorCode } from './user-error';
import type { VersionedChange } from './versioned-input';

/**
 * Resolves the small-zone code of a building or household input: well-formed, of SMALL_ZONE level, existing.
 * Returns the canonical code or the user error naming `field`.
 */
export async function requireSmallZone(
  tx: EntityManager,
  input: string,
  field: string,
  scope: Scope,
): Promise<{ code: string } | { error: UserError }> {
  const parsed = normalizeZoneCode(input);
  if (!parsed.ok) return { error: userError(field, UserErrorCode.INVALID, parsed.message) };
  const { code, level } = parsed.value;
  if (level !== ZoneLevel.SMALL_ZONE) {
    return {
      error: userError(
        field,
        UserErrorCode.INVALID,
        `Zone '${code}' is a ${level} zone; a 15-digit small zone code is required.`,
      ),
    };
  }
  if (!scope.covers(code)) return { error: outOfScope(field, code) };
  const [zone] = await query<{ found: number }>(tx, `SELECT 1 AS found FROM zone WHERE code = $1`, [code]);
  if (!zone)
    return { error: userError(field, UserErrorCode.NOT_FOUND, `Small zone '${code}' does not exist.`) };
  return { code };
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
    `${what} number '${number}' is already used in small zone '${smallZoneCode}'.`,
  );
}

/** Names only the caller's own scope, so it tells nothing about zones the caller cannot see. */
export function outOfScope(field: string, code: string): UserError {
  return userError(field, UserErrorCode.OUT_OF_SCOPE, `Zone '${code}' is outside the zones you hold.`);
}

/** The user error for a versioned row that is missing or moved past `expectedVersion`. */
export function missingOrConflict(
  what: string,
  current: { version: number } | undefined,
  expectedVersion: number,
  idField = 'id',
): UserError {
  if (!current) return userError(idField, UserErrorCode.NOT_FOUND, `${what} does not exist.`);
  return userError(
    'expectedVersion',
    UserErrorCode.CONFLICT,
    `${what} is at version ${current.version}, not ${expectedVersion}: someone changed it; re-read and retry.`,
  );
}

export type LockedTable = 'building' | 'household' | 'person';

/** What `lockRow` reads of the row it locks. */
export interface LockedRow {
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
  rowId: string,
  scope: Scope,
): Promise<LockedRow | undefined> {
  const statements = {
    building: `SELECT version, small_zone_code, NULL AS stage FROM building WHERE id = $1 FOR UPDATE`,
    household: `SELECT version, small_zone_code, stage FROM household WHERE id = $1 FOR UPDATE`,
    person: `SELECT p.version, p.small_zone_code, h.stage FROM person p JOIN household h ON h.id = p.household_id
              WHERE p.id = $1 FOR UPDATE OF p, h`,
  };
  const [row] = await query<LockedRow>(tx, statements[table], [rowId]);
  return row && scope.covers(row.small_zone_code) ? row : undefined;
}

/** The answer to a change of a household (or one of its persons) in a locked stage (`LOCKED_STAGES`). */
export function lockedStageError(stage: HouseholdStage): UserError {
  return userError(
    'id',
    UserErrorCode.LOCKED,
    `The household is ${stage}: its short form is with the supervisor and cannot be changed until it is returned.`,
  );
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
  const rowId = rowIdOf(input.id, type);
  if (!rowId) return reject([userError('id', UserErrorCode.INVALID, notAnIdMessage(input.id, type))]);
  const errors = validate?.() ?? [];
  if (errors.length) return reject(errors);
  return db.transaction(async (tx) => {
    const current = await lockRow(tx, table, rowId, scope);
    if (!current || current.version !== input.expectedVersion)
      return reject([missingOrConflict(`${type} ${input.id}`, current, input.expectedVersion)]);
    if (current.stage && LOCKED_STAGES.includes(current.stage))
      return reject([lockedStageError(current.stage)]);
    return change(tx, rowId, current);
  });
}

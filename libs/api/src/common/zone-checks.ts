import type { EntityManager } from 'typeorm';

import { normalizeZoneCode, ZoneLevel } from '@census/rules';

import type { Scope } from '../auth/principal';
import type { HouseholdStage } from './enums';
import { query } from './sql';
import { type UserError, userError, UserErrorCode } from './user-error';

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

/**
 * Locks a building, household or person row for a change and returns its version, small zone and (for
 * households and persons) the household's workflow stage, or nothing when it does not exist or lies outside the
 * caller's scope (the two are indistinguishable to the caller).
 */
export async function lockRow(
  tx: EntityManager,
  table: 'building' | 'household' | 'person',
  rowId: string,
  scope: Scope,
): Promise<{ version: number; small_zone_code: string; stage: HouseholdStage | null } | undefined> {
  const statements = {
    building: `SELECT version, small_zone_code, NULL AS stage FROM building WHERE id = $1 FOR UPDATE`,
    household: `SELECT version, small_zone_code, stage FROM household WHERE id = $1 FOR UPDATE`,
    person: `SELECT p.version, p.small_zone_code, h.stage FROM person p JOIN household h ON h.id = p.household_id
              WHERE p.id = $1 FOR UPDATE OF p, h`,
  };
  const [row] = await query<{ version: number; small_zone_code: string; stage: HouseholdStage | null }>(
    tx,
    statements[table],
    [rowId],
  );
  return row && scope.covers(row.small_zone_code) ? row : undefined;
}

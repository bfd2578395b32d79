import { normalizeZoneCode, ZoneLevel } from '@census/rules';
import type { EntityManager } from 'typeorm';
import { userError, UserErrorCode, type UserError } from './user-error';
import { query } from './sql';

/**
 * Resolves the small-zone code of a building or household input: well-formed, of SMALL_ZONE level, existing.
 * Returns the canonical code or the user error naming `field`.
 */
export async function requireSmallZone(
  tx: EntityManager,
  input: string,
  field: string,
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
  const [zone] = await query<{ found: number }>(tx, `SELECT 1 AS found FROM zone WHERE code = $1`, [code]);
  if (!zone)
    return { error: userError(field, UserErrorCode.NOT_FOUND, `Small zone '${code}' does not exist.`) };
  return { code };
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

import {
  commonAncestorZone,
  isWithinZone,
  normalizeZoneCode,
  officeZoneOf,
  ZONE_CODE_LENGTH,
  ZoneLevel,
} from '@census/rules';

import type { Scope } from '../auth/principal';
import { query } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { outOfScope } from '../common/zone-checks';

type Queryable = Parameters<typeof query>[0];

/**
 * 所属单位: every account belongs to the office of one zone (township or above). Only offices holding that zone
 * see and manage it, and everything the account can see lies inside it (its own zones and, for a supervisor, its
 * enumerators' zones), so managing an account never reaches beyond the office's own zones.
 */

/**
 * The home an account gets when none is named: the township (or higher zone) containing all its zones when the
 * creating office holds it, else the office's own zone when it holds exactly one; null when neither applies.
 */
export function defaultHome(zones: readonly string[], actorScope: Scope): string | null {
  const common = commonAncestorZone(zones);
  if (common !== null) {
    const office = officeZoneOf(common);
    if (actorScope.covers(office)) return office;
  }
  return actorScope.zones.length === 1 ? actorScope.zones[0] : null;
}

/**
 * Resolves the `homeZoneCode` input (or the default) to a canonical, existing office zone inside the actor's
 * zones; records a user error under `field` and answers null otherwise.
 */
export async function resolveHome(
  db: Queryable,
  input: string | null | undefined,
  zones: readonly string[],
  actorScope: Scope,
  errors: UserError[],
  field = 'homeZoneCode',
): Promise<string | null> {
  if (input == null) {
    const home = defaultHome(zones, actorScope);
    if (home === null)
      errors.push(userError(field, UserErrorCode.REQUIRED, coded('account.homeZoneRequired')));
    return home;
  }
  const parsed = normalizeZoneCode(input);
  if (!parsed.ok) {
    errors.push(userError(field, UserErrorCode.INVALID, parsed));
    return null;
  }
  const { code } = parsed.value;
  if (code.length > ZONE_CODE_LENGTH[ZoneLevel.TOWNSHIP]) {
    errors.push(userError(field, UserErrorCode.INVALID, coded('account.homeZoneLevel', { zone: code })));
    return null;
  }
  if (!actorScope.covers(code)) {
    errors.push(outOfScope(field, code));
    return null;
  }
  const [found] = await query<{ found: number }>(db, `SELECT 1 AS found FROM zone WHERE code = $1`, [code]);
  if (!found) {
    errors.push(userError(field, UserErrorCode.NOT_FOUND, coded('zone.notFound', { zone: code })));
    return null;
  }
  return code;
}

/** Records an error for every zone of `zones` outside `home`. */
export function requireWithinHome(
  zones: readonly string[],
  home: string,
  field: string | string[],
  errors: UserError[],
  whose = 'account',
): void {
  for (const code of zones) {
    if (isWithinZone(code, home)) continue;
    errors.push(
      userError(field, UserErrorCode.OUT_OF_SCOPE, coded('account.outsideHome', { zone: code, home, whose })),
    );
  }
}

/** True when two lists of zone codes hold the same zones, in any order. */
export const sameZones = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((code) => b.includes(code));

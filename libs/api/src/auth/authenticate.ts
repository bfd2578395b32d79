import type { DataSource } from 'typeorm';

import { query } from '../common/sql';
import { authenticationCache } from './authentication-cache';
import { ANONYMOUS, type Principal, Scope } from './principal';
import { type Role } from './role';
import type { Secrets } from './secrets';
import { API_TOKEN_PREFIX, hashApiToken, verifyToken } from './tokens';

export interface Authentication {
  principal: Principal;
  /** Why a presented credential was not accepted; public fields still work, protected ones explain this. */
  failure: 'expired' | 'invalid' | 'inactive' | 'closed' | 'revoked' | null;
}

interface AccountRow {
  id: string;
  username: string;
  role: Role;
  active: boolean;
  session_version: number;
  zones: string[];
}

// The account and every zone it holds, in one statement: its own zones plus, for a supervisor, the zones of
// its active enumerators. Read again when the credential's cached authentication (authentication-cache.ts) is
// older than a few seconds or any account changed in this process, so disabling or reassigning takes effect at once.
const ACCOUNT_WITH_SCOPE = `
  SELECT a.id, a.username, a.role, a.active, a.session_version,
         ARRAY(SELECT az.zone_code FROM account_zone az WHERE az.account_id = a.id
               UNION
               SELECT az.zone_code FROM account_zone az JOIN account e ON e.id = az.account_id
                WHERE a.role = 'SUPERVISOR' AND e.supervisor_id = a.id AND e.active) AS zones
    FROM account a`;

export async function authenticate(
  db: DataSource,
  secrets: Secrets,
  authorization: string | undefined,
): Promise<Authentication> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return { principal: ANONYMOUS, failure: authorization ? 'invalid' : null };
  const credential = match[1];
  // The same staff credential within a few seconds, with no account change in between: as it was then.
  const cacheKey = authenticationCache.key(credential);
  const cached = authenticationCache.lookup(cacheKey);
  if (cached) return cached;
  const generation = authenticationCache.current();

  let rows: AccountRow[];
  // A JWT names the session it belongs to; an API token is its own session (revoked by revokeApiTokens).
  let session: { version: number; authTime: number; expiresAt?: number } | null = null;
  if (credential.startsWith(API_TOKEN_PREFIX)) {
    rows = await query<AccountRow>(
      db,
      `${ACCOUNT_WITH_SCOPE} JOIN api_token t ON t.account_id = a.id WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [hashApiToken(credential)],
    );
  } else {
    const claims = verifyToken(secrets, credential);
    if (claims === 'expired') return { principal: ANONYMOUS, failure: 'expired' };
    if (claims === null) return { principal: ANONYMOUS, failure: 'invalid' };
    if (claims.kind === 'resident') {
      // The token names the county (older tokens do not: their household is searched in every county).
      const [household] = await query<{ county_code: string; small_zone_code: string; stage: string }>(
        db,
        claims.countyCode
          ? `SELECT county_code, small_zone_code, stage FROM household WHERE county_code = $2 AND id = $1`
          : `SELECT county_code, small_zone_code, stage FROM household WHERE id = $1`,
        claims.countyCode ? [claims.householdId, claims.countyCode] : [claims.householdId],
      );
      if (!household) return { principal: ANONYMOUS, failure: 'invalid' };
      // A self-report session serves until the form is submitted; a returned form needs a new code.
      if (household.stage !== 'LISTED' && household.stage !== 'ENUMERATING')
        return { principal: ANONYMOUS, failure: 'closed' };
      return {
        principal: {
          kind: 'resident',
          householdId: claims.householdId,
          countyCode: household.county_code,
          smallZoneCode: household.small_zone_code,
          scope: Scope.forHousehold(household.small_zone_code, claims.householdId),
        },
        failure: null,
      };
    }
    rows = await query<AccountRow>(db, `${ACCOUNT_WITH_SCOPE} WHERE a.id = $1`, [claims.accountId]);
    session = { version: claims.sessionVersion, authTime: claims.authTime, expiresAt: claims.expiresAt };
  }
  const [account] = rows;
  if (!account) return { principal: ANONYMOUS, failure: 'invalid' };
  if (!account.active) return { principal: ANONYMOUS, failure: 'inactive' };
  // A password, scope or state change since the login ended this session.
  if (session && session.version !== account.session_version)
    return { principal: ANONYMOUS, failure: 'revoked' };
  const authentication: Authentication = {
    principal: {
      kind: 'staff',
      accountId: account.id,
      username: account.username,
      role: account.role,
      scope: new Scope(account.zones),
      sessionVersion: account.session_version,
      authTime: session?.authTime ?? Math.floor(Date.now() / 1000),
    },
    failure: null,
  };
  authenticationCache.remember(
    cacheKey,
    generation,
    authentication,
    session?.expiresAt === undefined ? undefined : session.expiresAt * 1000,
  );
  return authentication;
}

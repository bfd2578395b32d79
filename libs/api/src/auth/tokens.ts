import { createHash, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';

import jwt from 'jsonwebtoken';

import type { Secrets } from './secrets';

/** Access tokens are short-lived; a client renews a valid one with `renewToken` while it works. */
export const ACCESS_TOKEN_SECONDS = 60 * 60;
/**
 * Renewal keeps a staff session going while someone works, up to this long after the password was typed (a long
 * working day); then the person logs in again, so a stolen token cannot be kept alive forever.
 */
export const MAX_SESSION_SECONDS = 12 * 60 * 60;
/** A resident's self-report session lasts long enough to fill one short form. */
export const RESIDENT_TOKEN_SECONDS = 2 * 60 * 60;

export type TokenClaims =
  | {
      kind: 'staff';
      accountId: string;
      /** The account's session version when the session began: a password, scope or state change moves it. */
      sessionVersion: number;
      /** When the password was typed (seconds since the epoch); renewals keep it. */
      authTime: number;
      /** When the token expires (seconds since the epoch); set by verifyToken, ignored by signToken. */
      expiresAt?: number;
    }
  /** A self-report session: the household, with its county (tokens issued before counties were in keys: null). */
  | { kind: 'resident'; householdId: string; countyCode: string | null };

const ISSUER = 'census-api';

// jsonwebtoken turns a Buffer secret into a key object on every call (a third of a millisecond per request);
// keep one key object per secret instead.
const keyObjects = new WeakMap<Buffer, KeyObject>();
function keyOf(secrets: Secrets): KeyObject {
  let key = keyObjects.get(secrets.jwtSecret);
  if (!key) keyObjects.set(secrets.jwtSecret, (key = createSecretKey(secrets.jwtSecret)));
  return key;
}

export function signToken(secrets: Secrets, claims: TokenClaims): { token: string; expiresAt: Date } {
  const seconds = claims.kind === 'staff' ? ACCESS_TOKEN_SECONDS : RESIDENT_TOKEN_SECONDS;
  const subject =
    claims.kind === 'staff'
      ? `account:${claims.accountId}`
      : `household:${claims.countyCode ? `${claims.countyCode}:` : ''}${claims.householdId}`;
  const payload = claims.kind === 'staff' ? { sv: claims.sessionVersion, auth_time: claims.authTime } : {};
  const token = jwt.sign(payload, keyOf(secrets), {
    algorithm: 'HS256',
    expiresIn: seconds,
    subject,
    issuer: ISSUER,
  });
  return { token, expiresAt: new Date(Date.now() + seconds * 1000) };
}

/** The claims of a valid, unexpired token; `'expired'` or `null` otherwise. */
export function verifyToken(secrets: Secrets, token: string): TokenClaims | 'expired' | null {
  try {
    const payload = jwt.verify(token, keyOf(secrets), { algorithms: ['HS256'], issuer: ISSUER });
    if (typeof payload !== 'object') return null;
    const resident = /^household:(?:([0-9]{6}):)?([1-9][0-9]{0,18})$/.exec(payload.sub ?? '');
    if (resident) return { kind: 'resident', householdId: resident[2], countyCode: resident[1] ?? null };
    const match = /^(account):([1-9][0-9]{0,18})$/.exec(payload.sub ?? '');
    if (!match) return null;
    // Tokens from before session versions carry none: they belong to the first session version.
    const sessionVersion = typeof payload.sv === 'number' ? payload.sv : 1;
    const authTime = typeof payload.auth_time === 'number' ? payload.auth_time : (payload.iat ?? 0);
    return { kind: 'staff', accountId: match[2], sessionVersion, authTime, expiresAt: payload.exp };
  } catch (error) {
    return error instanceof jwt.TokenExpiredError ? 'expired' : null;
  }
}

/** API tokens of INTEGRATION accounts: random, shown once, stored as SHA-256. */
export const API_TOKEN_PREFIX = 'cen_';

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(30).toString('base64url')}`;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

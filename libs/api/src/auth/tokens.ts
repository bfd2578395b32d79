import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Secrets } from './secrets';

/** Access tokens are short-lived; a client renews a valid one with `renewToken` while it works. */
export const ACCESS_TOKEN_SECONDS = 60 * 60;
/** A resident's self-report session lasts long enough to fill one short form. */
export const RESIDENT_TOKEN_SECONDS = 2 * 60 * 60;

export type TokenClaims = { kind: 'staff'; accountId: string } | { kind: 'resident'; householdId: string };

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
  const subject = claims.kind === 'staff' ? `account:${claims.accountId}` : `household:${claims.householdId}`;
  const token = jwt.sign({}, keyOf(secrets), {
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
    const subject = typeof payload === 'object' ? payload.sub : undefined;
    const match = /^(account|household):([1-9][0-9]{0,18})$/.exec(subject ?? '');
    if (!match) return null;
    return match[1] === 'account'
      ? { kind: 'staff', accountId: match[2] }
      : { kind: 'resident', householdId: match[2] };
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

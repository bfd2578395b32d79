/** The signed-in account and its access token, kept in localStorage so a reload keeps the login. */
import type { LoginMutation } from '@census/client';

export type Account = NonNullable<LoginMutation['login']['account']>;

export interface Session {
  token: string;
  /** ISO time the token stops working (one hour after login or renewal). */
  expiresAt: string;
  account: Account;
}

const KEY = 'census.session';

export function loadSession(storage: Pick<Storage, 'getItem'> | undefined): Session | null {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? 'null') as Session | null;
    return value && typeof value.token === 'string' && typeof value.expiresAt === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function saveSession(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  session: Session | null,
) {
  if (session) storage?.setItem(KEY, JSON.stringify(session));
  else storage?.removeItem(KEY);
}

export function isExpired(session: Session, now: number): boolean {
  return Date.parse(session.expiresAt) <= now;
}

/** Renew when less than this is left and the person is still working. */
export const RENEW_BEFORE_MS = 10 * 60 * 1000;

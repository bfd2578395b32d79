import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import type { Authentication } from './authenticate';

/** How long a verified credential's account and scope are reused without asking the database again. */
export const AUTHENTICATION_CACHE_MS = 2_000;
const MAX_ENTRIES = 5_000;

interface Entry {
  authentication: Authentication;
  /** `generation` when the account was read: any account change since then makes the entry worthless. */
  generation: number;
  /** Epoch milliseconds after which the entry is not used (the cache lifetime, or the token's expiry if sooner). */
  notAfter: number;
}

/**
 * Staff credentials verified in the last seconds, keyed by the SHA-256 of the credential: a request with the same
 * bearer token reuses the account and scope instead of verifying the token and reading them again (one statement
 * and a JWT verification per request). Only successful staff authentications are kept (never a failure, never a
 * resident's session, which ends with its household's stage).
 *
 * Every change of an account, its zones or its API tokens in this process calls `invalidateAuthentications()`
 * after its transaction: the generation moves, so no entry read before the change is used again, and a request
 * whose read raced with the change stores an entry of the old generation that is never used either. The other
 * workers of a cluster hear of it through the primary (`shareAuthenticationInvalidations`); changes made outside
 * the API (the `db.js` command, SQL by hand) are seen when the entry's lifetime ends, at most
 * AUTHENTICATION_CACHE_MS later.
 */
class AuthenticationCache {
  /** AUTHENTICATION_CACHE_MS; tests lengthen it to prove that a change, not the clock, ends the reuse. */
  lifetimeMs = AUTHENTICATION_CACHE_MS;
  private generation = 0;
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES });

  /** The current generation: read it before reading the account, hand it to `remember`. */
  current(): number {
    return this.generation;
  }

  key(credential: string): string {
    return createHash('sha256').update(credential, 'utf8').digest('base64');
  }

  lookup(key: string): Authentication | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.generation !== this.generation || entry.notAfter <= Date.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.authentication;
  }

  remember(key: string, generation: number, authentication: Authentication, expiresAt?: number): void {
    if (generation !== this.generation) return;
    const notAfter = Math.min(Date.now() + this.lifetimeMs, expiresAt ?? Infinity);
    this.entries.set(key, { authentication, generation, notAfter });
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }
}

export const authenticationCache = new AuthenticationCache();

/** What a cluster worker sends when it changed accounts; the primary relays it to the other workers. */
export const ACCOUNTS_CHANGED = 'censusAccountsChanged';
let notifyOtherProcesses: (() => void) | null = null;

/**
 * Ends the reuse of every verified credential in this process (and, in a cluster worker that called
 * `shareAuthenticationInvalidations`, in the other workers): called after a change of an account's password,
 * state, zones, supervisor, home or API tokens (committed or not: a spurious call only costs a statement).
 */
export function invalidateAuthentications(): void {
  authenticationCache.invalidate();
  notifyOtherProcesses?.();
}

/**
 * In a cluster worker (API_WORKERS > 1): tells the primary of this worker's account changes, which relays them to
 * the other workers, and empties this worker's cache when they change accounts, so the change ends access in every
 * worker at once, not only in the one that made it.
 */
export function shareAuthenticationInvalidations(): void {
  if (!process.send) return;
  notifyOtherProcesses = () => process.send?.({ [ACCOUNTS_CHANGED]: true });
  process.on('message', (message: unknown) => {
    if (typeof message === 'object' && message !== null && ACCOUNTS_CHANGED in message)
      authenticationCache.invalidate();
  });
}

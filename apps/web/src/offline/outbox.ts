/**
 * 待上传: the changes made on the phone that the server has not confirmed yet, oldest first, kept in IndexedDB
 * before they are sent, so that neither a lost signal nor a closed tab loses them. Each carries the idempotency key
 * it is sent with: a change whose answer was lost is sent again with the same key, and the server applies it once.
 *
 * An entry is `pending` until the server accepts it (then it is dropped), or until the server refuses it:
 * `conflict` when someone else changed the household since (the enumerator chooses: keep theirs, sent again on the
 * server's version, or take the server's), `rejected` for any other refusal (shown with the server's problems).
 */
import {
  GraphQLRequestError,
  RecordVisitDocument,
  type RecordVisitInput,
  SaveHouseholdDocument,
  type SaveHouseholdInput,
  SaveLongFormDocument,
  type SaveLongFormInput,
} from '@census/client';

import type { Request } from '../app-context';
import type { UserErrorLike } from '../household-form';
import { load, save } from './store';

export type OutboxChange =
  | { kind: 'saveHousehold'; input: SaveHouseholdInput & { idempotencyKey: string } }
  | { kind: 'recordVisit'; input: RecordVisitInput & { idempotencyKey: string } }
  | { kind: 'saveLongForm'; input: SaveLongFormInput & { idempotencyKey: string } };

export type OutboxEntry = OutboxChange & {
  /** The idempotency key, also the entry's identity. */
  id: string;
  householdId: string;
  /** The account that made the change: only its own session sends it. */
  accountId: string;
  createdAt: string;
  status: 'pending' | 'conflict' | 'rejected';
  userErrors?: readonly UserErrorLike[];
};

/** A fresh key for one change: a resend of it is applied once (the browser's UUID where it has one). */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

const KEY = 'outbox';

/** No answer came (offline, connection dropped, server unreachable): keep the entry and try again later. */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof GraphQLRequestError) return error.status === undefined || error.status >= 500;
  return error instanceof TypeError;
}

type Listener = (entries: readonly OutboxEntry[]) => void;

export class Outbox {
  private entries: OutboxEntry[] = [];
  private readonly listeners = new Set<Listener>();
  /** Every write and every replay runs after the previous one: one order on the phone and on the server. */
  private queue: Promise<unknown> = Promise.resolve();
  readonly ready: Promise<void>;
  /** The account logged in now (set by OfflineProvider): it stamps new entries and sends only its own. */
  account = '';

  constructor() {
    this.ready = this.serial(async () => {
      this.entries = (await load<OutboxEntry[]>(KEY)) ?? [];
      if (this.entries.length) this.emit();
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async store(entries: OutboxEntry[]): Promise<void> {
    this.entries = entries;
    await save(KEY, entries);
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener(this.entries);
  }

  list(): readonly OutboxEntry[] {
    return this.entries;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Keeps a change to send. A household save (short or long form) replaces a save of the same kind and household
   * still waiting: the form sends its whole difference from the version it read, so the newer one holds the older
   * one's changes too.
   */
  add(change: OutboxChange, householdId: string): Promise<OutboxEntry> {
    return this.serial(async () => {
      const entry: OutboxEntry = {
        ...change,
        id: change.input.idempotencyKey,
        householdId,
        accountId: this.account,
        createdAt: new Date().toISOString(),
        status: 'pending',
      };
      const superseded = (other: OutboxEntry) =>
        change.kind !== 'recordVisit' &&
        other.kind === change.kind &&
        other.householdId === householdId &&
        other.accountId === this.account &&
        other.status !== 'rejected';
      await this.store([...this.entries.filter((other) => !superseded(other)), entry]);
      return entry;
    });
  }

  drop(id: string): Promise<void> {
    return this.serial(() => this.store(this.entries.filter((entry) => entry.id !== id)));
  }

  replace(id: string, entry: OutboxEntry): Promise<void> {
    return this.serial(() => this.store(this.entries.map((other) => (other.id === id ? entry : other))));
  }

  /**
   * Sends the pending entries in order. An accepted one is dropped and `onSent` told; a refused one is kept with the
   * server's problems; no answer at all stops the round (the next one starts when the signal is back). Answers
   * whether everything pending was sent.
   */
  flush(request: Request, onSent: (entry: OutboxEntry) => void): Promise<boolean> {
    return this.serial(async () => {
      // Versions a save of this round moved: a later save of the same household made on the phone on the version
      // before it (the short form, then the long form, both offline) goes on the version it made.
      const moved = new Map<string, { from: number; to: number }>();
      for (const waiting of [...this.entries]) {
        if (waiting.status !== 'pending' || waiting.accountId !== this.account) continue;
        let entry = waiting;
        const move = moved.get(entry.householdId);
        if (move && entry.kind !== 'recordVisit' && entry.input.expectedVersion === move.from) {
          entry = { ...entry, input: { ...entry.input, expectedVersion: move.to } } as OutboxEntry;
          // Kept before it is sent: a resend after a lost answer sends the same input under the same key.
          await this.store(this.entries.map((other) => (other.id === entry.id ? entry : other)));
        }
        let userErrors: readonly UserErrorLike[];
        try {
          const answer = await send(request, entry);
          userErrors = answer.userErrors;
          if (answer.version !== undefined && entry.kind !== 'recordVisit')
            moved.set(entry.householdId, { from: entry.input.expectedVersion, to: answer.version });
        } catch (error) {
          if (isNetworkFailure(error)) return false;
          throw error;
        }
        if (userErrors.length === 0) {
          await this.store(this.entries.filter((other) => other.id !== entry.id));
          onSent(entry);
        } else {
          const status = userErrors.some((e) => e.code === 'CONFLICT') ? 'conflict' : 'rejected';
          await this.store(
            this.entries.map((other) => (other.id === entry.id ? { ...entry, status, userErrors } : other)),
          );
        }
      }
      return true;
    });
  }
}

async function send(
  request: Request,
  entry: OutboxEntry,
): Promise<{ userErrors: readonly UserErrorLike[]; version?: number }> {
  if (entry.kind === 'saveHousehold') {
    const { household, userErrors } = (await request(SaveHouseholdDocument, { input: entry.input }))
      .saveHousehold;
    return { userErrors, version: household?.version };
  }
  if (entry.kind === 'saveLongForm') {
    const { household, userErrors } = (await request(SaveLongFormDocument, { input: entry.input }))
      .saveLongForm;
    return { userErrors, version: household?.version };
  }
  return { userErrors: (await request(RecordVisitDocument, { input: entry.input })).recordVisit.userErrors };
}

/**
 * Sends a change the way every field-work change goes: kept in the outbox first, then sent at once when there is
 * signal. Answers the server's answer, or `queued` when it stays in the outbox (no signal, or no answer came: the
 * outbox sends it again with the same key).
 */
export async function sendOrQueue<T>(
  outbox: Outbox | undefined,
  change: OutboxChange,
  householdId: string,
  send: () => Promise<T>,
): Promise<{ queued: true } | { queued: false; answer: T }> {
  if (!outbox) return { queued: false, answer: await send() };
  await outbox.add(change, householdId);
  if (typeof navigator !== 'undefined' && !navigator.onLine) return { queued: true };
  try {
    const answer = await send();
    await outbox.drop(change.input.idempotencyKey);
    return { queued: false, answer };
  } catch (error) {
    if (isNetworkFailure(error)) return { queued: true };
    await outbox.drop(change.input.idempotencyKey);
    throw error;
  }
}

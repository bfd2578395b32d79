/**
 * What the phone keeps across page loads, in IndexedDB (idb-keyval): the outbox of changes not yet sent, the
 * drafts of forms being typed, and the cached answers of the field-work pages. One database for all three, so that
 * logging out clears it in one step.
 */
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

let store: UseStore | undefined;

/** The app's IndexedDB store; undefined where there is none (old browsers, some private modes, the unit tests). */
export function offlineStore(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= createStore('census-offline', 'keyval');
  return store;
}

export async function load<T>(key: string): Promise<T | undefined> {
  const at = offlineStore();
  return at ? get<T>(key, at) : undefined;
}

export async function save(key: string, value: unknown): Promise<void> {
  const at = offlineStore();
  if (at) await set(key, value, at);
}

export async function remove(key: string): Promise<void> {
  const at = offlineStore();
  if (at) await del(key, at);
}

/** Forgets everything kept on the phone (logout: the next user of the phone must not see it). */
export async function clearOffline(): Promise<void> {
  const at = offlineStore();
  if (at) await clear(at);
}

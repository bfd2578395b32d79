/**
 * The offline state of the app: whether the phone has signal, the outbox of changes to send, and the loop that
 * sends them (at start, when the signal returns, and every half minute while anything waits).
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { useApp } from '../app-context';
import { settleDraft, settleLongFormDraft } from './drafts';
import { type Outbox, type OutboxEntry } from './outbox';

const RETRY_EVERY_MS = 30_000;

export interface OfflineState {
  online: boolean;
  outbox: Outbox;
  entries: readonly OutboxEntry[];
  /** Sends what waits now (after a save, a choice in a conflict). */
  flush: () => Promise<void>;
}

const OfflineContext = createContext<OfflineState | null>(null);

export function useOffline(): OfflineState {
  const value = useContext(OfflineContext);
  if (!value) throw new Error('useOffline outside OfflineProvider');
  return value;
}

/** The context's value where a page runs without the provider (component tests): online, nothing waiting. */
export function useOfflineOrNull(): OfflineState | null {
  return useContext(OfflineContext);
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

export function OfflineProvider({ outbox, children }: { outbox: Outbox; children: ReactNode }) {
  const { request, session } = useApp();
  const queryClient = useQueryClient();
  const online = useOnline();
  const account = session?.account.id ?? '';
  outbox.account = account;
  const [all, setAll] = useState<readonly OutboxEntry[]>(() => outbox.list());
  useEffect(() => {
    const unsubscribe = outbox.subscribe(setAll);
    // The outbox may have finished reading IndexedDB between the first render and this effect: its news was
    // sent to nobody, so catch up now (on a slow phone the reopened page showed no waiting changes).
    void outbox.ready.then(() => setAll(outbox.list()));
    return unsubscribe;
  }, [outbox]);
  // Another account's waiting changes are neither shown nor sent here: they wait for their own login.
  const entries = useMemo(() => all.filter((entry) => entry.accountId === account), [all, account]);

  const flush = useCallback(async () => {
    await outbox.ready;
    if (typeof navigator !== 'undefined' && !navigator.onLine) return;
    await outbox
      .flush(request, (sent) => {
        // The server has it now: the cached pages read it again, and the draft it came from is done.
        if (sent.kind === 'saveHousehold') void settleDraft(sent.householdId, sent.id);
        if (sent.kind === 'saveLongForm') void settleLongFormDraft(sent.householdId, sent.id);
        void queryClient.invalidateQueries();
      })
      .catch(() => undefined);
  }, [outbox, request, queryClient, account]);

  const waiting = entries.some((entry) => entry.status === 'pending');
  useEffect(() => {
    if (online) void flush();
  }, [online, flush]);
  useEffect(() => {
    if (!online || !waiting) return;
    const timer = window.setInterval(() => void flush(), RETRY_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [online, waiting, flush]);

  const value = useMemo(() => ({ online, outbox, entries, flush }), [online, outbox, entries, flush]);
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}

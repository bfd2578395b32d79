/**
 * The field-work pages read through TanStack Query, and their answers are persisted to IndexedDB
 * (@tanstack/react-query-persist-client with the async-storage persister over idb-keyval): a page seen once with
 * signal opens again without it, after a reload or a closed tab too. Office pages keep `useQuery` (no cache).
 */
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { type Query, QueryClient, useQuery as useTanStackQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { operationNameOf, type TypedDocumentString } from '@census/client';

import { useApp } from '../app-context';
import type { QueryState } from '../use-query';
import { useOnline } from './offline-context';
import { load, remove, save } from './store';

/** How long an answer is kept on the phone: the fieldwork of a census round. */
export const CACHE_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Answer from the cache at once, ask the server when there is signal, never throw the cache away offline.
        networkMode: 'offlineFirst',
        gcTime: CACHE_MAX_AGE_MS,
        staleTime: 0,
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export const queryPersister = createAsyncStoragePersister({
  storage: {
    getItem: (key) => load<string>(key),
    setItem: (key, value) => save(key, value),
    removeItem: remove,
  },
  key: 'query-cache',
  throttleTime: 500,
});

/** Only the field-work queries are kept on the phone, and only answers (never errors). */
export function shouldPersist(query: Query): boolean {
  return query.meta?.['persist'] === true && query.state.status === 'success';
}

/**
 * `useQuery`'s contract (data, error, loading, reload) over TanStack Query with the answer kept on the phone: the
 * key is the operation and its variables, the query the app's `request` (with its session handling). Network first:
 * with signal the page waits for the server's answer as before (a figure another page just changed is never shown
 * stale); the answer on file is shown when there is no signal or no answer came.
 */
export function useCachedQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  skip = false,
): QueryState<TResult> {
  const { request, session } = useApp();
  const online = useOnline();
  const [mountedAt] = useState(Date.now);
  const query = useTanStackQuery({
    queryKey: [session?.account.id ?? '', operationNameOf(document.toString()), variables],
    queryFn: () => request(document, variables),
    enabled: !skip,
    meta: { persist: true },
  });
  const answered = query.dataUpdatedAt >= mountedAt;
  const fallBack = !online || query.isError || query.fetchStatus === 'paused';
  const data = answered || fallBack ? query.data : undefined;
  return {
    data,
    // An answer on file is shown even when the refresh failed (no signal).
    error: data === undefined ? (query.error ?? undefined) : undefined,
    loading: data === undefined && query.fetchStatus !== 'idle',
    // An answer on file keeps the time it was answered: the page says how old its figures are.
    updatedAt: data === undefined ? undefined : query.dataUpdatedAt,
    reload: async () => {
      await query.refetch();
    },
  };
}

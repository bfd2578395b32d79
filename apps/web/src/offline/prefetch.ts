/**
 * Reads an enumerator's small zones ahead while there is signal: each small zone's households (as its page reads
 * them), every household's short form, and the agenda, into the query cache that is kept on the phone. So a
 * household never opened before still opens without signal. Once per login and zone list; one request at a time.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import {
  AgendaDocument,
  operationNameOf,
  ProgressDocument,
  type TypedDocumentString,
  WebHouseholdDocument,
  ZoneHouseholdsDocument,
} from '@census/client';

import { useApp } from '../app-context';
import { useOnline } from './offline-context';

export function usePrefetchSmallZones(zones: readonly { code: string; level: string }[] | undefined) {
  const { request, session } = useApp();
  const queryClient = useQueryClient();
  const online = useOnline();
  const account = session?.account.id ?? '';
  const enumerator = session?.account.role === 'ENUMERATOR';
  const codes = (zones ?? []).filter((zone) => zone.level === 'SMALL_ZONE').map((zone) => zone.code);
  const key = codes.join(',');
  useEffect(() => {
    if (!enumerator || !online || !key) return;
    let stopped = false;
    const prefetch = <R, V>(document: TypedDocumentString<R, V>, variables: V) =>
      queryClient.fetchQuery({
        // The same key `useCachedQuery` gives the page (offline/query-cache.ts).
        queryKey: [account, operationNameOf(document.toString()), variables],
        queryFn: () => request(document, variables),
        meta: { persist: true },
        staleTime: 5 * 60_000,
      });
    void (async () => {
      try {
        await prefetch(AgendaDocument, { first: 50 });
        for (const code of key.split(',')) {
          if (stopped) return;
          await prefetch(ProgressDocument, { zoneCode: code });
          const { households } = await prefetch(ZoneHouseholdsDocument, {
            filter: { zoneCode: code },
            first: 100,
          });
          for (const household of households.nodes) {
            if (stopped) return;
            await prefetch(WebHouseholdDocument, { id: household.id });
          }
        }
      } catch {
        // No signal after all, or a refusal: the pages read what they need themselves.
      }
    })();
    return () => {
      stopped = true;
    };
  }, [enumerator, online, key, account, queryClient, request]);
}

import { MeDocument, TeamZonesDocument } from '@census/client';

import { useApp } from './app-context';
import { useCachedQuery } from './offline/query-cache';

export interface HomeZone {
  code: string;
  name: string;
  level: string;
}

/**
 * The zones an account starts from. Offices and enumerators hold zones themselves (`me.zones`); a supervisor
 * holds none and works in the small zones of its enumerators, which `accounts` lists.
 */
export function useHomeZones(): {
  zones: HomeZone[] | undefined;
  loading: boolean;
  error?: Error;
  reload: () => Promise<void>;
} {
  const { session } = useApp();
  const supervisor = session?.account.role === 'SUPERVISOR';
  const me = useCachedQuery(MeDocument, {}, supervisor);
  const team = useCachedQuery(TeamZonesDocument, {}, !supervisor);
  if (supervisor) {
    const zones = team.data?.accounts.nodes
      .filter((account) => account.role === 'ENUMERATOR')
      .flatMap((account) => account.zones);
    const unique =
      zones &&
      [...new Map(zones.map((zone) => [zone.code, zone])).values()].sort((a, b) =>
        a.code.localeCompare(b.code),
      );
    return { zones: unique, loading: team.loading, error: team.error, reload: team.reload };
  }
  return { zones: me.data?.me.zones, loading: me.loading, error: me.error, reload: me.reload };
}

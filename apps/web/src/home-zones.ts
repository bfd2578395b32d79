import { MeDocument, TeamZonesDocument } from '@census/client';

import { useApp } from './app-context';
import { useCachedQuery } from './offline/query-cache';

export interface HomeZone {
  code: string;
  name: string;
  level: string;
  /** The zone above (a small zone's community or village), when the account's query names it. */
  parent?: { code: string; name: string } | null;
  /** The enumerators holding the zone (a supervisor's home: its team). */
  enumerators?: string[];
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
      .flatMap((account) =>
        account.zones.map((zone) => ({ ...zone, enumerators: [account.name || account.username] })),
      );
    const byCode = new Map<string, HomeZone>();
    for (const zone of zones ?? []) {
      const known = byCode.get(zone.code);
      byCode.set(
        zone.code,
        known ? { ...known, enumerators: [...known.enumerators!, ...zone.enumerators] } : zone,
      );
    }
    const unique = zones && [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
    return { zones: unique, loading: team.loading, error: team.error, reload: team.reload };
  }
  return { zones: me.data?.me.zones, loading: me.loading, error: me.error, reload: me.reload };
}

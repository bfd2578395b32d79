import { Link } from 'react-router';

import { UnassignedSmallZonesDocument } from '@census/client';

import { useApp } from '../app-context';
import type { HomeZone } from '../home-zones';
import { useQuery } from '../use-query';
import { OFFICE_ROLES } from './staff-shared';

/** On an office's home page: how many small zones of each of its zones have no enumerator, with a link to assign them. */
export function UnassignedNotice({ zones }: { zones: readonly HomeZone[] }) {
  const { session } = useApp();
  if (!OFFICE_ROLES.includes(session?.account.role ?? '')) return null;
  return (
    <>
      {zones
        .filter((zone) => zone.level !== 'SMALL_ZONE')
        .map((zone) => (
          <ZoneUnassigned key={zone.code} zone={zone} />
        ))}
    </>
  );
}

function ZoneUnassigned({ zone }: { zone: HomeZone }) {
  const { t } = useApp();
  const { data } = useQuery(UnassignedSmallZonesDocument, { within: zone.code });
  if (!data) return null;
  const all = data.all.totalCount;
  const open = data.open.totalCount;
  return (
    <p className={`notice ${open > 0 ? 'notice-warn' : ''} staff-unassigned`}>
      {open > 0
        ? t('staff.homeUnassigned', { name: zone.name, all, open })
        : t('staff.homeAllAssigned', { name: zone.name, all })}{' '}
      {open > 0 && <Link to="/assignments">{t('staff.homeAssignLink')}</Link>}
    </p>
  );
}

import { Link } from 'react-router';

import { ProgressDocument } from '@census/client';

import { useApp } from '../app-context';
import { Bar, percent } from '../components/bar';
import { submittedShare } from '../components/progress';
import { LoadState } from '../components/status';
import { type HomeZone, useHomeZones } from '../home-zones';
import type { MessageKey } from '../i18n';
import { usePrefetchSmallZones } from '../offline/prefetch';
import { useQuery } from '../use-query';
import { UnassignedNotice } from './UnassignedNotice';
import { ZonePage } from './ZonePage';

/** The zones the account works in; one zone opens directly. */
export function HomePage() {
  const { t } = useApp();
  const { zones, loading, error, reload } = useHomeZones();
  // An enumerator's small zones are read ahead and kept on the phone, for the households not opened yet.
  usePrefetchSmallZones(zones);
  if (!zones) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  if (zones.length === 1 && zones[0])
    return (
      <>
        <UnassignedNotice zones={zones} />
        <ZonePage code={zones[0].code} />
      </>
    );
  return (
    <>
      <h1>{t('home.title')}</h1>
      <UnassignedNotice zones={zones} />
      {zones.length === 0 && <p>{t('home.none')}</p>}
      <ul className="zone-cards">
        {zones.map((zone) => (
          <ZoneCard key={zone.code} zone={zone} />
        ))}
      </ul>
    </>
  );
}

/**
 * A card's title: a small zone names its community and its enumerators ("翠苑第一社区 第1普查小区 · 张三"), since
 * a supervisor's zones in different communities are often all "第1普查小区".
 */
export function homeZoneTitle(zone: HomeZone): string {
  const place = zone.level === 'SMALL_ZONE' && zone.parent ? `${zone.parent.name} ${zone.name}` : zone.name;
  return zone.enumerators?.length ? `${place} · ${zone.enumerators.join('、')}` : place;
}

function ZoneCard({ zone }: { zone: HomeZone }) {
  const { t } = useApp();
  const { data } = useQuery(ProgressDocument, { zoneCode: zone.code });
  const progress = data?.progress;
  const share = progress ? submittedShare(progress) : null;
  return (
    <li className="card zone-card">
      <h2>
        <Link to={`/zones/${zone.code}`}>{homeZoneTitle(zone)}</Link>
      </h2>
      <p className="code">
        {zone.code} · {t(`level.${zone.level}` as MessageKey)}
      </p>
      {progress && (
        <Bar
          value={share}
          label={`${homeZoneTitle(zone)} ${t('zone.submittedShare')}`}
          text={t('zone.shareOf', {
            done: progress.submittedHouseholds,
            total: progress.households,
            percent: percent(share),
          })}
        />
      )}
    </li>
  );
}

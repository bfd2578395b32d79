import { useState } from 'react';
import { Link } from 'react-router';

import { ProgressDocument } from '@census/client';
import { beijingDay, canonicalZoneCode, parentZoneCode, ZoneLevel, zoneLevelOfCode } from '@census/rules';

import { useApp } from '../app-context';
import { DataAsOf } from '../components/data-as-of';
import { Section } from '../components/fields';
import { ChildrenTable, PaceTable, ProgressSummary } from '../components/progress';
import { ProgressHistory } from '../components/progress-trend';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import type { MessageKey } from '../i18n';
import { useCachedQuery } from '../offline/query-cache';
import { LongFormOptions } from './LongFormOptions';
import { SmallZoneHouseholds } from './SmallZoneHouseholds';
import { Worklist } from './Worklist';

const REPORTERS = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'SUPERVISOR'];

/** One zone: its progress, its children as bars to drill into, the pace table; a small zone lists its households. */
export function ZonePage({ code }: { code: string }) {
  const { t, session } = useApp();
  // The day picker (数据截至) drives the page's figures: a past Beijing day reads progress(zoneCode, asOf).
  const [asOf, setAsOf] = useState('');
  const past = asOf !== '' && asOf < beijingDay(new Date());
  const { data, loading, error, reload, updatedAt } = useCachedQuery(
    ProgressDocument,
    past ? { zoneCode: code, asOf } : { zoneCode: code },
  );
  const progress = data?.progress;
  const zone = progress?.zone ?? { code, name: code, level: '' };
  const parent = parentZoneCode(code);
  const role = session?.account.role ?? '';
  // No way up from the zones the account starts from: it cannot see above them.
  const home = useHomeZones();
  const atHome = !home.zones || home.zones.some((z) => z.code === code);
  // A small zone's households are asked for at once, beside the progress (not after it): the list is what the
  // enumerator opened the page for. A code the account cannot see shows the notice instead.
  const canonical = progress?.zone?.code ?? canonicalZoneCode(code) ?? code;
  const smallZone = zoneLevelOfCode(canonical) === ZoneLevel.SMALL_ZONE && !(data && !progress);
  return (
    <>
      <LoadState loading={loading && !data} error={error} retry={() => void reload()} />
      {data && !progress && <p className="notice">{t('zone.noAccess')}</p>}
      {progress && (
        <>
          <nav className="crumbs" aria-label={t('zone.up')}>
            {parent && !atHome && <Link to={`/zones/${parent}`}>↑ {t('zone.up')}</Link>}
          </nav>
          <h1>
            {zone.name} <span className="code">{zone.code}</span>{' '}
            <span className="level">{t(`level.${zone.level}` as MessageKey)}</span>
          </h1>
          <section className="card" aria-label={t('zone.submittedShare')}>
            {past && (
              <p className="as-of" data-main-as-of={asOf}>
                {t('trend.asOfDay', { day: asOf })}
              </p>
            )}
            <ProgressSummary figures={progress} />
            {!past && <DataAsOf at={updatedAt && new Date(updatedAt)} />}
            {REPORTERS.includes(role) && (
              <p>
                <Link to={`/report/${zone.code}`}>{t('zone.report')} →</Link>
              </p>
            )}
            <p>
              <Link to={`/map/${zone.code}`}>{t('map.open')} →</Link>
            </p>
          </section>
          <ProgressHistory code={zone.code} level={zone.level} name={zone.name} day={{ asOf, setAsOf }} />
          {zone.level !== 'SMALL_ZONE' && (
            <Section title={t('zone.children')}>
              <ChildrenTable children={progress.children} />
            </Section>
          )}
          {role !== 'ENUMERATOR' && progress.enumeratorProgress.length > 0 && (
            <Section title={t('zone.pace')}>
              <PaceTable rows={progress.enumeratorProgress} />
            </Section>
          )}
          {zone.level !== 'SMALL_ZONE' && REPORTERS.includes(role) && (
            <Worklist
              zoneCode={zone.code}
              level={zone.level}
              names={
                new Map(progress.children.map((child) => [child.zone?.code ?? '', child.zone?.name ?? '']))
              }
            />
          )}
          <LongFormOptions code={zone.code} level={zone.level} />
        </>
      )}
      {smallZone && (
        <>
          <SmallZoneHouseholds code={canonical} />
          <Worklist zoneCode={canonical} />
        </>
      )}
    </>
  );
}

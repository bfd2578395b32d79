import { Link } from 'react-router';

import { ProgressDocument } from '@census/client';
import { canonicalZoneCode, parentZoneCode, ZoneLevel, zoneLevelOfCode } from '@census/rules';

import { useApp } from '../app-context';
import { DataAsOf } from '../components/data-as-of';
import { Section } from '../components/fields';
import { ChildrenTable, PaceTable, ProgressSummary } from '../components/progress';
import { ProgressHistory } from '../components/progress-trend';
import { LoadState } from '../components/status';
import { useHomeZones } from '../home-zones';
import type { MessageKey } from '../i18n';
import { useCachedQuery } from '../offline/query-cache';
import { SmallZoneHouseholds } from './SmallZoneHouseholds';
import { Worklist } from './Worklist';

const REPORTERS = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'SUPERVISOR'];

/** One zone: its progress, its children as bars to drill into, the pace table; a small zone lists its households. */
export function ZonePage({ code }: { code: string }) {
  const { t, session } = useApp();
  const { data, loading, error, reload, updatedAt } = useCachedQuery(ProgressDocument, { zoneCode: code });
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
            <ProgressSummary figures={progress} />
            <DataAsOf at={updatedAt && new Date(updatedAt)} />
            {REPORTERS.includes(role) && (
              <p>
                <Link to={`/report/${zone.code}`}>{t('zone.report')} →</Link>
              </p>
            )}
            <p>
              <Link to={`/map/${zone.code}`}>{t('map.open')} →</Link>
            </p>
          </section>
          <ProgressHistory code={zone.code} level={zone.level} name={zone.name} />
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

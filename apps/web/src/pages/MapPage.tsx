import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { BuildingOnMapDocument, UpdateBuildingDocument, ZoneMapDocument } from '@census/client';

import { useApp } from '../app-context';
import { StageBadge, StatusBadge } from '../components/badges';
import { percent } from '../components/bar';
import { Section } from '../components/fields';
import { LoadState } from '../components/status';
import type { MountedMap } from '../components/zone-map-maplibre';
import { errorText, type MessageKey, serverText } from '../i18n';
import { useQuery } from '../use-query';
import {
  type BuildingPoint,
  type MapData,
  mapData,
  SHARE_CLASSES,
  shareColour,
  STATUS_COLOURS,
  statusCounts,
  submittedShareOf,
} from './map-data';

type MapState = 'loading' | 'ready' | 'no-webgl' | { error: string };

/**
 * The map (MapLibre GL, loaded with the first map drawn) and its handlers. The map library is imported here only,
 * with `import()`, so no other chunk carries it.
 */
function ZoneMapCanvas({
  data,
  label,
  marking,
  selected,
  onBuilding,
  onZone,
  onPlace,
}: {
  data: MapData;
  label: string;
  marking: boolean;
  selected: string | null;
  onBuilding: (id: string) => void;
  onZone: (code: string) => void;
  onPlace: (longitude: number, latitude: number) => void;
}) {
  const { t } = useApp();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<MountedMap | null>(null);
  const [state, setState] = useState<MapState>('loading');
  const handlers = useRef({ onBuilding, onZone, onPlace });
  handlers.current = { onBuilding, onZone, onPlace };
  const first = useRef(data);
  useEffect(() => {
    let current = true;
    import('../components/zone-map-maplibre')
      .then(({ mountZoneMap }) => {
        if (!current || !element.current) return;
        map.current = mountZoneMap(element.current, first.current, {
          onBuilding: (id) => handlers.current.onBuilding(id),
          onZone: (code) => handlers.current.onZone(code),
          onPlace: (longitude, latitude) => handlers.current.onPlace(longitude, latitude),
        });
        setState(map.current ? 'ready' : 'no-webgl');
      })
      .catch((error: unknown) => {
        if (current) setState({ error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      current = false;
      map.current?.dispose();
      map.current = null;
    };
  }, []);
  useEffect(() => map.current?.update(data), [data, state]);
  useEffect(() => map.current?.setMarking(marking), [marking, state]);
  useEffect(() => map.current?.setSelected(selected), [selected, state]);
  return (
    // The marking style goes on the frame: MapLibre adds its own classes to the map's element, which React must not
    // overwrite.
    <div className={`zone-map-frame${marking ? ' zone-map-marking' : ''}`}>
      {state === 'loading' && <p className="loading">{t('map.loading')}</p>}
      {state === 'no-webgl' && (
        <p className="notice" role="status">
          {t('map.noWebgl')}
        </p>
      )}
      {typeof state === 'object' && (
        <p className="notice notice-error" role="alert">
          {t('map.failed', { message: state.error })}
        </p>
      )}
      <div
        ref={element}
        className="zone-map"
        role="application"
        aria-label={label}
        hidden={state === 'no-webgl' || typeof state === 'object'}
      />
    </div>
  );
}

/** The households of the building picked on the map or in the list. */
function BuildingHouseholds({ point }: { point: BuildingPoint }) {
  const { t } = useApp();
  const { data, loading, error, reload } = useQuery(BuildingOnMapDocument, { id: point.building.id });
  const connection =
    data?.node && 'householdsConnection' in data.node ? data.node.householdsConnection : null;
  return (
    <section className="card map-building" aria-live="polite">
      <h3>{t('map.building', { number: point.building.number, address: point.building.address })}</h3>
      <p>
        <span className="map-dot" style={{ background: STATUS_COLOURS[point.status] }} aria-hidden="true" />{' '}
        {t(`map.status.${point.status}` as MessageKey)} ·{' '}
        {t('map.households', { submitted: point.submittedHouseholds, households: point.households })}
      </p>
      <LoadState loading={loading && !data} error={error} retry={() => void reload()} />
      {connection && (
        <>
          <h4>{t('map.householdsOf', { number: point.building.number, count: connection.totalCount })}</h4>
          {connection.nodes.length === 0 && <p>{t('map.noHouseholdsIn')}</p>}
          <ul className="map-households">
            {connection.nodes.map((h) => (
              <li key={h.id}>
                <Link to={`/households/${h.id}`}>
                  {t('map.household', { number: h.number })}
                  {h.unit ? ` · ${t('map.unit', { unit: h.unit })}` : ''}
                </Link>{' '}
                <StatusBadge status={h.status} /> <StageBadge stage={h.stage} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * 地图 (划区绘图、建筑物标注): a zone's outline on a plain background, no tiles fetched from anywhere. A small zone shows
 * its buildings as points coloured by status (click one for its households; mark a building's location by clicking
 * the map); a township or county shows its child zones filled by progress. The lists beside the map do everything
 * the map does, by keyboard.
 */
export function MapPage({ code }: { code: string }) {
  const { t, lang, request } = useApp();
  const navigate = useNavigate();
  const { data, loading, error, reload } = useQuery(ZoneMapDocument, { code });
  const zone = data?.zone ?? null;
  const shaped = useMemo(() => (data ? mapData(data) : null), [data]);
  const [selected, setSelected] = useState<string | null>(null);
  const [marking, setMarking] = useState<BuildingPoint | null>(null);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const points = useMemo(() => zone?.buildingPoints ?? [], [zone]);
  const selectedPoint = points.find((p) => p.building.id === selected) ?? null;

  const place = useCallback(
    async (longitude: number, latitude: number) => {
      if (!marking) return;
      const { building } = marking;
      setMarking(null);
      try {
        const { updateBuilding } = await request(UpdateBuildingDocument, {
          input: {
            id: building.id,
            expectedVersion: building.version,
            latitude: Math.round(latitude * 1e6) / 1e6,
            longitude: Math.round(longitude * 1e6) / 1e6,
          },
        });
        if (updateBuilding.userErrors.length) {
          setNotice({
            text: updateBuilding.userErrors.map((e) => serverText(lang, e)).join('；'),
            error: true,
          });
        } else {
          setNotice({ text: t('map.saved', { number: building.number }) });
          setSelected(building.id);
        }
        await reload();
      } catch (caught) {
        setNotice({ text: errorText(lang, caught as Error), error: true });
      }
    },
    [marking, request, reload, lang, t],
  );

  if (!data || !zone || !shaped)
    return (
      <>
        <LoadState loading={loading} error={error} retry={() => void reload()} />
        {data && !zone && <p className="notice">{t('zone.noAccess')}</p>}
      </>
    );

  const small = zone.level === 'SMALL_ZONE';
  const counts = statusCounts(points);
  const located = shaped.buildings.features.length;
  const children = data.progress?.children ?? [];
  const empty = shaped.bounds === null;
  return (
    <>
      <nav className="crumbs">
        <Link to={`/zones/${zone.code}`}>← {t('map.back', { name: zone.name })}</Link>
      </nav>
      <h1>
        {t('map.title', { name: zone.name })} <span className="code">{zone.code}</span>{' '}
        <span className="level">{t(`level.${zone.level}` as MessageKey)}</span>
      </h1>
      {notice && (
        <p
          className={`notice${notice.error ? ' notice-error' : ''}`}
          role={notice.error ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {marking && (
        <p className="notice map-marking" role="status">
          {t('map.marking', { number: marking.building.number })}{' '}
          <button type="button" onClick={() => setMarking(null)}>
            {t('map.cancel')}
          </button>
        </p>
      )}
      <div className="map-layout">
        <div className="map-main">
          {empty && !marking ? (
            <p className="notice">{t('map.empty')}</p>
          ) : (
            <ZoneMapCanvas
              data={shaped}
              label={t('map.label', {
                name: zone.name,
                buildings: located,
                zones: shaped.children.features.length,
              })}
              marking={marking !== null}
              selected={selected}
              onBuilding={setSelected}
              onZone={(child) => void navigate(`/map/${child}`)}
              onPlace={(longitude, latitude) => void place(longitude, latitude)}
            />
          )}
          <div className="map-legend" aria-label={t('map.legend')}>
            {small ? (
              (['NOT_STARTED', 'PARTIAL', 'COMPLETE'] as const).map((status) => (
                <span key={status}>
                  <span
                    className="map-dot"
                    style={{ background: STATUS_COLOURS[status] }}
                    aria-hidden="true"
                  />{' '}
                  {t('map.statusCount', { status: t(`map.status.${status}`), count: counts[status] })}
                </span>
              ))
            ) : (
              <>
                <span>{t('map.shareLegend')}</span>
                {SHARE_CLASSES.map((c) => (
                  <span key={c.from}>
                    <span className="map-swatch" style={{ background: c.colour }} aria-hidden="true" />{' '}
                    {percent(c.from * 100, 0)}–{percent(Math.min(c.to, 1) * 100, 0)}
                  </span>
                ))}
                <span>
                  <span className="map-swatch" style={{ background: shareColour(null) }} aria-hidden="true" />{' '}
                  {t('map.noHouseholds')}
                </span>
              </>
            )}
          </div>
        </div>
        <div className="map-side">
          {selectedPoint && <BuildingHouseholds key={selectedPoint.building.id} point={selectedPoint} />}
          {small ? (
            <Section title={t('map.buildings', { count: points.length, located })}>
              <ul className="map-list">
                {points.map((point) => {
                  const { building } = point;
                  const hasPlace = building.latitude !== null && building.longitude !== null;
                  return (
                    <li key={building.id} className={building.id === selected ? 'selected' : undefined}>
                      <span
                        className="map-dot"
                        style={{ background: STATUS_COLOURS[point.status] }}
                        aria-hidden="true"
                      />{' '}
                      <span className="map-list-name">
                        {t('map.building', { number: building.number, address: building.address })}
                      </span>{' '}
                      <span className="hint">
                        {t(`map.status.${point.status}` as MessageKey)} ·{' '}
                        {t('map.households', {
                          submitted: point.submittedHouseholds,
                          households: point.households,
                        })}
                        {hasPlace ? '' : ` · ${t('map.unmarked')}`}
                      </span>{' '}
                      <button type="button" onClick={() => setSelected(building.id)}>
                        {t('map.show')}
                      </button>{' '}
                      <button
                        type="button"
                        onClick={() => {
                          setNotice(null);
                          setMarking(point);
                        }}
                      >
                        {hasPlace ? t('map.markAgain') : t('map.mark')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </Section>
          ) : (
            <Section title={t('map.children', { count: children.length })}>
              <p className="hint">{t('map.zoneHint')}</p>
              <ul className="map-list">
                {children.map((child) => {
                  if (!child.zone) return null;
                  const share = submittedShareOf(child.households, child.submittedHouseholds);
                  return (
                    <li key={child.zone.code}>
                      <span
                        className="map-swatch"
                        style={{ background: shareColour(share) }}
                        aria-hidden="true"
                      />{' '}
                      <Link to={`/map/${child.zone.code}`}>{child.zone.name}</Link>{' '}
                      <span className="hint">
                        {t('zone.shareOf', {
                          done: child.submittedHouseholds,
                          total: child.households,
                          percent: percent(share === null ? null : share * 100),
                        })}
                        {child.zone.boundary ? '' : ` · ${t('map.noBoundary')}`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </Section>
          )}
        </div>
      </div>
    </>
  );
}

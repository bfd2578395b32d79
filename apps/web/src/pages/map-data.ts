/**
 * What the map page draws, shaped from the API's answer without the map library (so that it is tested in jsdom):
 * GeoJSON feature collections of the zone's outline, its child zones filled by progress, and a small zone's
 * buildings coloured by status, with the box to show.
 */
import type { ZoneMapQuery } from '@census/client';

type MapZone = NonNullable<ZoneMapQuery['zone']>;
export type BuildingPoint = MapZone['buildingPoints'][number];
type ChildProgress = NonNullable<ZoneMapQuery['progress']>['children'][number];

export type Position = [number, number];
/** [[west, south], [east, north]]. */
export type Bounds = [Position, Position];

export interface Feature<G, P> {
  type: 'Feature';
  id?: number;
  geometry: G;
  properties: P;
}
export interface FeatureCollection<G, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}

export type Geometry =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
export type PointGeometry = { type: 'Point'; coordinates: Position };

export type BuildingStatus = BuildingPoint['status'];

/** Colours of the building statuses: grey 未登记, amber 部分, green 已完成 (the badges' tones). */
export const STATUS_COLOURS: Record<BuildingStatus, string> = {
  NOT_STARTED: '#8a8f98',
  PARTIAL: '#d98e04',
  COMPLETE: '#2e7d32',
};

/** Progress classes of child zones (submitted share), lightest to darkest; a zone with no households is grey. */
export const SHARE_CLASSES = [
  { from: 0, to: 0.2, colour: '#fde0dd' },
  { from: 0.2, to: 0.4, colour: '#fa9fb5' },
  { from: 0.4, to: 0.6, colour: '#f768a1' },
  { from: 0.6, to: 0.8, colour: '#c51b8a' },
  { from: 0.8, to: 1.0001, colour: '#7a0177' },
] as const;
export const NO_HOUSEHOLDS_COLOUR = '#e0e0e0';

export function shareColour(share: number | null): string {
  if (share === null) return NO_HOUSEHOLDS_COLOUR;
  return (SHARE_CLASSES.find((c) => share >= c.from && share < c.to) ?? SHARE_CLASSES[4]).colour;
}

/** A GeoJSON geometry the map can fill: the API's boundary when it is a Polygon or MultiPolygon. */
export function boundaryGeometry(boundary: Record<string, unknown> | null | undefined): Geometry | null {
  if (!boundary || !Array.isArray(boundary.coordinates)) return null;
  if (boundary.type === 'Polygon' || boundary.type === 'MultiPolygon') return boundary as unknown as Geometry;
  return null;
}

export interface BuildingProperties {
  id: string;
  number: string;
  address: string;
  status: BuildingStatus;
  colour: string;
  households: number;
  submitted: number;
}

/** The located buildings as points, in the order of the list (their index is the feature id). */
export function buildingFeatures(
  points: readonly BuildingPoint[],
): FeatureCollection<PointGeometry, BuildingProperties> {
  const features = points.flatMap((point, index) => {
    const { latitude, longitude } = point.building;
    if (latitude === null || longitude === null) return [];
    return [
      {
        type: 'Feature' as const,
        id: index,
        geometry: { type: 'Point' as const, coordinates: [longitude, latitude] as Position },
        properties: {
          id: point.building.id,
          number: point.building.number,
          address: point.building.address,
          status: point.status,
          colour: STATUS_COLOURS[point.status],
          households: point.households,
          submitted: point.submittedHouseholds,
        },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

export interface ZoneProperties {
  code: string;
  name: string;
  households: number;
  submitted: number;
  /** Submitted share 0..1, or -1 when the zone has no households (GeoJSON properties hold no null reliably). */
  share: number;
  colour: string;
}

export function submittedShareOf(households: number, submitted: number): number | null {
  return households > 0 ? submitted / households : null;
}

/** The child zones that have an outline, filled by their submitted share. */
export function childZoneFeatures(
  children: readonly ChildProgress[],
): FeatureCollection<Geometry, ZoneProperties> {
  const features = children.flatMap((child, index) => {
    const geometry = boundaryGeometry(child.zone?.boundary);
    if (!child.zone || !geometry) return [];
    const share = submittedShareOf(child.households, child.submittedHouseholds);
    return [
      {
        type: 'Feature' as const,
        id: index,
        geometry,
        properties: {
          code: child.zone.code,
          name: child.zone.name,
          households: child.households,
          submitted: child.submittedHouseholds,
          share: share ?? -1,
          colour: shareColour(share),
        },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

/** The zone's own outline (empty when it has none). */
export function outlineFeatures(
  zone: Pick<MapZone, 'code' | 'boundary'>,
): FeatureCollection<Geometry, { code: string }> {
  const geometry = boundaryGeometry(zone.boundary);
  return {
    type: 'FeatureCollection',
    features: geometry ? [{ type: 'Feature', geometry, properties: { code: zone.code } }] : [],
  };
}

function positionsOf(geometry: Geometry): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/**
 * The box to show: the zone's outline box with its children's outlines and its located buildings (a building marked
 * outside its zone by mistake stays in sight), a little larger so that nothing touches the edge; null when there is
 * nothing to place.
 */
export function mapBounds(
  zone: Pick<MapZone, 'boundaryBox'>,
  children: FeatureCollection<Geometry, unknown>,
  buildings: FeatureCollection<PointGeometry, unknown>,
): Bounds | null {
  const positions: Position[] = [];
  if (zone.boundaryBox && zone.boundaryBox.length === 4) {
    const [west, south, east, north] = zone.boundaryBox;
    positions.push([west, south], [east, north]);
  }
  for (const f of children.features) positions.push(...positionsOf(f.geometry));
  for (const f of buildings.features) positions.push(f.geometry.coordinates);
  if (positions.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  // A single point (or a line) gets about 200 m around it.
  const padLon = Math.max((east - west) * 0.05, 0.001);
  const padLat = Math.max((north - south) * 0.05, 0.001);
  return [
    [west - padLon, south - padLat],
    [east + padLon, north + padLat],
  ];
}

/** Counts of buildings by status, for the legend. */
export function statusCounts(points: readonly BuildingPoint[]): Record<BuildingStatus, number> {
  const counts: Record<BuildingStatus, number> = { NOT_STARTED: 0, PARTIAL: 0, COMPLETE: 0 };
  for (const p of points) counts[p.status] += 1;
  return counts;
}

/** Everything the map draws for one answer. */
export interface MapData {
  outline: FeatureCollection<Geometry, { code: string }>;
  children: FeatureCollection<Geometry, ZoneProperties>;
  buildings: FeatureCollection<PointGeometry, BuildingProperties>;
  bounds: Bounds | null;
}

export function mapData(answer: ZoneMapQuery): MapData | null {
  const zone = answer.zone;
  if (!zone) return null;
  const outline = outlineFeatures(zone);
  const children =
    zone.level === 'SMALL_ZONE' ? childZoneFeatures([]) : childZoneFeatures(answer.progress?.children ?? []);
  const buildings = buildingFeatures(zone.buildingPoints);
  return { outline, children, buildings, bounds: mapBounds(zone, children, buildings) };
}
